package org.shequ.asset;

import java.net.URI;
import java.util.List;

import org.shequ.security.CurrentUser;
import org.shequ.system.ShequClock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The owner registry over HTTP: community staff read it, the community's secretaries maintain it. */
@RestController
@RequestMapping("/api/assets")
class AssetController {

	private final AssetRegistry registry;

	private final ShequClock clock;

	AssetController(AssetRegistry registry, ShequClock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	@GetMapping
	List<AssetView> list(@RequestParam(required = false) String community, CurrentUser user) {
		return registry.list(community, user).stream().map(a -> AssetView.of(a, clock.zone())).toList();
	}

	@GetMapping("/{id}")
	AssetView get(@PathVariable Long id, CurrentUser user) {
		return AssetView.of(registry.get(id, user), clock.zone());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AssetView> register(@RequestBody AssetRequest request, CurrentUser user) {
		Asset asset = registry.register(request, user);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/assets/" + asset.getId()))
			.body(AssetView.of(asset, clock.zone()));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	AssetView update(@PathVariable Long id, @RequestBody AssetRequest request, CurrentUser user) {
		return AssetView.of(registry.update(id, request, user), clock.zone());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> retire(@PathVariable Long id, CurrentUser user) {
		registry.retire(id, user);
		return ResponseEntity.noContent().build();
	}

}
