-- Who deployed which models, when and by which route (engine REST from Camunda Modeler, the webapps,
-- startup), and which forms the deployment gate added to it. One row per accepted deployment;
-- the engine's own operation log names the user only when one is logged in.
create table model_deployment (
    deployment_id  varchar(64)   primary key,
    name           varchar(255),
    source         varchar(255),
    deployed_by    varchar(64)   not null,
    deployed_at    timestamp(6) with time zone not null,
    resources      varchar(4000) not null,
    attached_forms varchar(2000)
);
