-- wrk script: cycles through the queries in $QUERIES (one per line, URL-encoded), one per request,
-- so the benchmark measures searching, not one repeated answer.
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do queries[#queries + 1] = line end
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/search?q=" .. queries[i])
end
