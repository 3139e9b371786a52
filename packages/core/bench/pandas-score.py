# The pandas baseline of the scoring benchmark: a ten-line script that scores the same long file
# (mean of the answered dimensions per rating, then mean over raters per role pair).
import json, resource, sys, time
t0 = time.perf_counter()
import pandas as pd
df = pd.read_csv(sys.argv[1])
ratings = df.groupby(["respondent_id", "respondent_role", "target_role"])["value"].mean()
ties = ratings.groupby(["respondent_role", "target_role"]).agg(["mean", "count"])
assert len(ties) > 0
print(json.dumps({"ms": (time.perf_counter() - t0) * 1000, "cpuMs": time.process_time() * 1000, "maxRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "rows": len(df)}))
