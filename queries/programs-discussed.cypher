// Programmes each official discussed: the official, the programme, how many articles report it, and the first and last article dates.
// Mirrors programs-discussed.rq (same columns, same rows).
MATCH (o:Official)-[r:DISCUSSES]->(p:Program)
UNWIND r.articles AS article_id
MATCH (a:Article {id: article_id})
RETURN o.name AS official, p.name AS program, count(DISTINCT a) AS articles,
       min(a.date) AS first_date, max(a.date) AS last_date
ORDER BY official, articles DESC, program
