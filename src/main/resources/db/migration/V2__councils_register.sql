-- councils: the register of English principal councils, current and abolished.
-- Loaded from data/councils/councils.csv (mySociety, CC BY 4.0) by CouncilRegisterLoader.

create table council (
    gss_code        varchar(9) primary key check (gss_code ~ '^E[0-9]{8}$'),
    registry_code   varchar(3) not null unique,
    official_name   text       not null,
    short_name      text       not null,
    council_type    text       not null check (council_type in
                        ('COUNTY', 'DISTRICT', 'UNITARY', 'METROPOLITAN_DISTRICT', 'LONDON_BOROUGH', 'CITY_OF_LONDON')),
    region          text       not null check (region in
                        ('NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS', 'WEST_MIDLANDS',
                         'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST')),
    population      integer check (population > 0),
    population_year smallint,
    start_date      date,
    end_date        date,
    finance_ecode   text,
    check (end_date is null or start_date is null or end_date > start_date)
);
create index council_type_region_idx on council (council_type, region);
create index council_end_date_idx on council (end_date);

-- An abolished council and the council(s) that took over its area.
create table council_succession (
    predecessor_gss varchar(9) not null references council (gss_code),
    successor_gss   varchar(9) not null references council (gss_code),
    primary key (predecessor_gss, successor_gss),
    check (predecessor_gss <> successor_gss)
);
create index council_succession_successor_idx on council_succession (successor_gss);

-- Codes a council used before a boundary change kept its identity (e.g. E06000048 for Northumberland).
create table council_former_code (
    former_gss varchar(9) primary key,
    gss_code   varchar(9) not null references council (gss_code)
);

-- Known spellings of council names, for matching names in reports and spreadsheets.
create table council_name (
    normalised_name text       not null,
    name            text       not null,
    gss_code        varchar(9) not null references council (gss_code),
    primary key (normalised_name, gss_code)
);
