EXECUTE PLAN '/tmp/plan.json'
