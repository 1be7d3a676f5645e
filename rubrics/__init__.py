"""Role rubrics (one YAML file per role), shipped inside the package as assessor.rubrics."""
