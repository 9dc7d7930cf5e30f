// Officials and their posts: each official's titles at each organization, the dates the post was seen, and how many articles support it.
// Dates are observations (the earliest and latest dated article naming the official with that title), not the start or end of the tenure.
// Mirrors officials-posts.rq (same columns, same rows).
MATCH (o:Official)-[r:HOLDS_POST]->(g:Organization)
WHERE size(r.articles) > 0
RETURN o.name AS official, r.role AS role, g.name AS organization,
       r.first_seen AS first_seen, r.last_seen AS last_seen, size(r.articles) AS articles
ORDER BY official, organization, role
