// Officials mentioned together: pairs of officials that appear in the same article, how many articles, and which.
// Mirrors officials-co-mentioned.rq; files is a list here (comma-joined text in SPARQL).
MATCH (x:Official)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Official)
WHERE x.name < y.name
RETURN x.name AS official_a, y.name AS official_b, count(DISTINCT a) AS articles, collect(DISTINCT a.file_name) AS files
ORDER BY articles DESC, official_a, official_b
