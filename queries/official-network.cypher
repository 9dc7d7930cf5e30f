// Everything the graph says around one official (金壮龙): posts, what they discussed and attended, the articles that mention them.
// Returns nodes and relationships, so Neo4j Browser draws it as a graph; change the name to look at someone else.
MATCH (o:Official {name: '金壮龙'})-[r]-(x)
RETURN o, r, x
LIMIT 300
