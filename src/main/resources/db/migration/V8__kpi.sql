-- Supervisor dashboard (issue 8): the figures the KPIs are made of, stored on the case when the event
-- happens, so that the KPI queries are aggregates over one table. Written in the SQL that H2 2.x and
-- PostgreSQL 15 both accept. Definitions: docs/kpi.md.

-- Generated demo history (org.shequ.demo.DemoHistory); never a real resident's case.
alter table shequ_case add column demo boolean not null default false;

-- At the first response: clock hours since receipt, and whether it came by the response deadline.
alter table shequ_case add column response_hours numeric(10,2);
alter table shequ_case add column responded_on_time boolean;

-- At the first resolution (a reopened case keeps them; reopen_count tells it was reopened): when, how
-- long it took in calendar days, or in working days where the limit is in working days (e.g. 15WD), and
-- whether it came by the resolution deadline as it stood then.
alter table shequ_case add column first_resolved_at timestamp(6) with time zone;
alter table shequ_case add column resolution_days numeric(10,2);
alter table shequ_case add column resolution_working_days integer;
alter table shequ_case add column resolved_on_time boolean;

-- At every callback that reached the resident (回访): the answers, counted. The three rates are these
-- counts over callbacks_reached.
alter table shequ_case add column callbacks_reached integer not null default 0;
alter table shequ_case add column callbacks_contacted integer not null default 0;
alter table shequ_case add column callbacks_solved integer not null default 0;
alter table shequ_case add column callbacks_satisfied integer not null default 0;

-- Cases that existed before this migration. Working days need the holiday calendar: cases already
-- resolved under a working-day limit keep resolution_working_days empty (docs/kpi.md).
update shequ_case
   set response_hours = round((extract(epoch from responded_at) - extract(epoch from received_at)) / 3600.0, 2),
       responded_on_time = case when respond_by is null then null else responded_at <= respond_by end
 where responded_at is not null;

update shequ_case
   set first_resolved_at = resolved_at,
       resolved_on_time = case when resolve_by is null then null else resolved_at <= resolve_by end,
       resolution_days = case when resolve_within like '%WD' then null
                              else round((extract(epoch from resolved_at) - extract(epoch from received_at)) / 86400.0, 2) end
 where resolved_at is not null;

update shequ_case
   set callbacks_reached = (select count(*) from case_callback b where b.case_id = shequ_case.id and b.reached = true),
       callbacks_contacted = (select count(*) from case_callback b where b.case_id = shequ_case.id and b.contacted = true),
       callbacks_solved = (select count(*) from case_callback b where b.case_id = shequ_case.id and b.solved = true),
       callbacks_satisfied = (select count(*) from case_callback b where b.case_id = shequ_case.id
                                 and b.satisfaction in ('satisfied', 'fairly'));

-- The KPI queries filter on the period of receipt, alone or with a grid or worker (the community with
-- the period has idx_case_received from V1); the at-risk list reads open cases by deadline.
create index idx_case_kpi_received on shequ_case (received_at, community_id);
create index idx_case_kpi_grid on shequ_case (grid_id, received_at);
create index idx_case_kpi_worker on shequ_case (assignee, received_at);
create index idx_case_open_respond on shequ_case (status, respond_by);
create index idx_case_open_resolve on shequ_case (status, resolve_by);
