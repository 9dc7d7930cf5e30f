// Organization hierarchy: each department and the body it belongs to (PART_OF), with the officials seen heading or serving in the department.
// Mirrors org-hierarchy.rq; officials is a list of "name (role)" here (comma-joined text in SPARQL).
MATCH (d:Organization)-[:PART_OF]->(p:Organization)
OPTIONAL MATCH (o:Official)-[h:HOLDS_POST]->(d)
RETURN p.name AS parent, d.name AS department,
       collect(DISTINCT CASE WHEN h IS NULL THEN NULL ELSE o.name + ' (' + h.role + ')' END) AS officials
ORDER BY parent, department
