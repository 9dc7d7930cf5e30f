// Sectors each programme targets: the programme, the sector, and how many articles say so.
// Mirrors program-sectors.rq (same columns, same rows).
MATCH (p:Program)-[r:TARGETS]->(s:Sector)
WHERE size(r.articles) > 0
RETURN p.name AS program, s.name AS sector, size(r.articles) AS articles
ORDER BY program, sector
