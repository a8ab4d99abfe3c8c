package org.peerchallengehub.peers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/peers")
@Tag(name = "Peers", description = "The peer pool (LGA staff)")
class PeerApiController {

    private final PeerPool pool;

    PeerApiController(PeerPool pool) {
        this.pool = pool;
    }

    @GetMapping
    @Operation(summary = "Peers, filtered and paged (50 a page by default)")
    PageResult<Peer> peers(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable PeerKind kind,
            @RequestParam(required = false) @Nullable String expertise,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return pool.search(new PeerQuery(name, kind, expertise, true), PageRequest.of(page, size, 50));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One peer with expertise, accreditation, unavailable dates and declared interests")
    Peer peer(@PathVariable long id) {
        return pool.get(id);
    }
}
