// Who speaks for a sector: for each sector, the officials who oversee it (分管) and those who discussed it, with the number of articles.
// Mirrors sector-officials.rq; overseen_by and discussed_by are lists here (comma-joined text in SPARQL).
MATCH (a:Article)-[:MENTIONS]->(s:Sector)
OPTIONAL MATCH (b:Official)-[:OVERSEES]->(s)
OPTIONAL MATCH (o:Official)-[:DISCUSSES]->(s)
WITH s, collect(DISTINCT b.name) AS overseen_by, collect(DISTINCT o.name) AS discussed_by, count(DISTINCT a) AS articles
WHERE size(overseen_by) > 0 OR size(discussed_by) > 0
RETURN s.name AS sector, overseen_by, discussed_by, articles
ORDER BY articles DESC, sector
