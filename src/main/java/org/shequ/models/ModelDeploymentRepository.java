package org.shequ.models;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModelDeploymentRepository extends JpaRepository<ModelDeployment, String> {

}
