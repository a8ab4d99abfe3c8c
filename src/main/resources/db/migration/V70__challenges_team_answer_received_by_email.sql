-- The council answers a proposed peer itself; the manager may only record an answer the council
-- sent by e-mail, and the team page shows it as such: who recorded it, when, received by e-mail.
alter table team_member add column received_by_email boolean not null default false;
alter table team_member add column recorded_by_name text;
