-- JOB after DESCRIBE is DESCRIBE JOB, which needs the job id
DESCRIBE job