// title: Places by category
// description: The places that offered measures of one category, with how many measures each
// param: category: string - a category code, e.g. RENT_RELIEF
// param: limit: int = 100 - at most this many places
// columns: place, type, measures
MATCH (c:Category {code: $category})<-[:HAS_CATEGORY]-(m:Measure)-[:REGION]->(p:Place)
WITH p, count(DISTINCT m) AS measures
RETURN p.name AS place, CASE WHEN p:Region THEN 'Region' ELSE 'Zone' END AS type, measures
ORDER BY measures DESC, place
