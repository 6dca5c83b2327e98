-- One rebuild at a time across every projection instance: a second RUNNING row is refused by the database.
CREATE UNIQUE INDEX rebuild_run_one_running ON rebuild_run ((state)) WHERE state = 'RUNNING';
