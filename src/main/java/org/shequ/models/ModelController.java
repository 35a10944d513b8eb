package org.shequ.models;

import org.shequ.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The deployed flows and their versions; moving running cases between versions. */
@RestController
@RequestMapping("/api/models")
class ModelController {

	private final ModelCatalog catalog;

	private final CaseMigrations migrations;

	ModelController(ModelCatalog catalog, CaseMigrations migrations) {
		this.catalog = catalog;
		this.migrations = migrations;
	}

	@GetMapping
	ModelViews.Catalog list(CurrentUser user) {
		return catalog.catalog(user);
	}

	@PostMapping(path = "/{key}/migrations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ModelViews.Migration migrate(@PathVariable String key, @RequestBody MigrationRequest request, CurrentUser user) {
		return migrations.migrate(key, request, user);
	}

}
