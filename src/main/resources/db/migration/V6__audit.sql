-- Tamper evidence (issue 6): every audit event is appended, in the transaction of the change it
-- records, to a hash chain. Each entry holds its content (JSON), the SHA-256 of that content, the hash
-- of the entry before it and its own hash over (seq, previous hash, content hash). The head row is the
-- chain's serialization point: a transaction locks it while it appends, then moves it on.

create table audit_chain (
    seq          bigint       primary key,
    recorded_at  timestamp(6) with time zone not null,
    kind         varchar(100) not null,
    ref_type     varchar(100),
    ref_id       varchar(300),
    content      text         not null,
    content_hash varchar(64)  not null,
    prev_hash    varchar(64)  not null,
    entry_hash   varchar(64)  not null
);
create index idx_audit_chain_recorded on audit_chain (recorded_at);
create index idx_audit_chain_ref on audit_chain (ref_type, ref_id);
create index idx_audit_chain_ref_id on audit_chain (ref_id);

-- last_seq and last_hash: the end of the chain; migrations: how many Flyway migrations the last
-- baseline (snapshot of rows written by migrations rather than by the app) has seen.
create table audit_chain_head (
    id         integer     primary key,
    last_seq   bigint      not null,
    last_hash  varchar(64) not null,
    migrations integer     not null,
    updated_at timestamp(6) with time zone
);
insert into audit_chain_head (id, last_seq, last_hash, migrations)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
