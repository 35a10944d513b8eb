package org.shequ.models;

import java.util.HashMap;
import java.util.Map;

/** Forms are readable form-js JSON with an id (checked when read) and no two forms share an id. */
final class FormFiles implements ModelRule {

	@Override
	public void check(Review review) {
		Map<String, ModelFile> ids = new HashMap<>();
		for (FormDocument form : review.forms) {
			ModelFile earlier = ids.putIfAbsent(form.id, form.file);
			if (earlier != null) {
				review.problem(form.file, (String) null, "has the form id '" + form.id + "', like " + earlier.name());
			}
		}
	}

}
