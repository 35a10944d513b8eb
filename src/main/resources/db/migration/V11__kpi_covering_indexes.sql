-- Supervisor dashboard (issue 8): every column a KPI query reads, in one index per way in (the period
-- of receipt for all communities; the community, then the period). H2 then answers a month out of
-- 1,000,000 cases from the index alone instead of fetching each of its ~80,000 rows (docs/kpi.md,
-- benchmark). They supersede the two period indexes before them. Same SQL on H2 and PostgreSQL.

create index idx_case_kpi_period_cover on shequ_case (received_at, community_id, grid_id, assignee, category,
    status, reopen_count, responded_at, respond_by, resolve_by, first_resolved_at, response_hours,
    responded_on_time, resolution_days, resolution_working_days, resolved_on_time, callbacks_reached,
    callbacks_contacted, callbacks_solved, callbacks_satisfied);

create index idx_case_kpi_community_cover on shequ_case (community_id, received_at, grid_id, assignee, category,
    status, reopen_count, responded_at, respond_by, resolve_by, first_resolved_at, response_hours,
    responded_on_time, resolution_days, resolution_working_days, resolved_on_time, callbacks_reached,
    callbacks_contacted, callbacks_solved, callbacks_satisfied);

drop index idx_case_kpi_received;
drop index idx_case_received;
