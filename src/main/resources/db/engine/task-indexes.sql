-- Indexes Camunda 7.24 does not ship, created after the engine has created or updated its own tables
-- (org.shequ.tasklist.TaskIndexes). Same SQL on H2 and PostgreSQL; each statement is idempotent.

-- every task completion looks for subtasks by PARENT_TASK_ID_: without this it scans all open tasks
create index if not exists SHEQU_IDX_TASK_PARENT on ACT_RU_TASK(PARENT_TASK_ID_);

-- a caseworker's own tasks, newest first (GET /api/tasks, Tasklist's 我的任务)
create index if not exists SHEQU_IDX_TASK_ASSIGNEE_CREATED on ACT_RU_TASK(ASSIGNEE_, CREATE_TIME_);

-- tasks offered to a group or a user: the task ids straight from the index, without visiting the rows
create index if not exists SHEQU_IDX_IDENTLINK_GROUP_TASK on ACT_RU_IDENTITYLINK(GROUP_ID_, TYPE_, TASK_ID_);
create index if not exists SHEQU_IDX_IDENTLINK_USER_TASK on ACT_RU_IDENTITYLINK(USER_ID_, TYPE_, TASK_ID_);
