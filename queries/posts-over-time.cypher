// Posts over time: for each post (organization and title), its holders in the order they were first seen, with the dates seen and the supporting articles.
// Holders seen only in undated articles have no dates and come first within their post.
// Mirrors posts-over-time.rq; files is a list here (comma-joined text in SPARQL).
MATCH (o:Official)-[r:HOLDS_POST]->(g:Organization)
UNWIND r.articles AS article_id
MATCH (a:Article {id: article_id})
RETURN g.name AS organization, r.role AS role, o.name AS official, r.first_seen AS first_seen, r.last_seen AS last_seen,
       count(DISTINCT a) AS articles, collect(DISTINCT a.file_name) AS files
ORDER BY organization, role, coalesce(first_seen, ''), official
