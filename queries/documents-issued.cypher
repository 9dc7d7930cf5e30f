// Policy documents and who issued them: each document, the bodies that issued it, the officials who discussed it, and how many articles mention it.
// Mirrors documents-issued.rq; issued_by and discussed_by are lists here (comma-joined text in SPARQL).
MATCH (a:Article)-[:MENTIONS]->(d:PolicyDocument)
OPTIONAL MATCH (b:Organization)-[:ISSUES]->(d)
OPTIONAL MATCH (o:Official)-[:DISCUSSES]->(d)
RETURN d.name AS document, collect(DISTINCT b.name) AS issued_by, collect(DISTINCT o.name) AS discussed_by,
       count(DISTINCT a) AS articles
ORDER BY articles DESC, document
