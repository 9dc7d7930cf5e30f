// Programme timeline: every article that mentions a programme, in date order, with who discussed it there and the sectors it targets there.
// Undated articles come first within each programme.
// Mirrors program-timeline.rq; discussed_by and targets are lists here (comma-joined text in SPARQL).
MATCH (a:Article)-[:MENTIONS]->(p:Program)
OPTIONAL MATCH (o:Official)-[d:DISCUSSES]->(p) WHERE a.id IN d.articles
OPTIONAL MATCH (p)-[t:TARGETS]->(s:Sector) WHERE a.id IN t.articles
RETURN p.name AS program, a.date AS date, a.file_name AS article, a.publisher AS publisher,
       collect(DISTINCT o.name) AS discussed_by, collect(DISTINCT s.name) AS targets
ORDER BY program, coalesce(date, ''), article
