// title: Places that offered any of some categories
// description: places with at least one measure (kg:region) in one of the given categories: which of them (sorted codes), how many, and how many measures
// param: categories: list - category codes, comma-separated
// columns: place_name, place_level, matched, matched_count, measures
MATCH (m:Measure)-[:HAS_CATEGORY]->(c:Category), (m)-[:REGION]->(p:Place)
WHERE c.code IN $categories
WITH p, count(DISTINCT m) AS measures,
     COLLECT { MATCH (p)<-[:REGION]-(:Measure)-[:HAS_CATEGORY]->(c2:Category) WHERE c2.code IN $categories RETURN DISTINCT c2.code ORDER BY c2.code } AS codes
RETURN p.name AS place_name, p.level AS place_level, reduce(s = '', c IN codes | s + CASE WHEN s = '' THEN '' ELSE ',' END + c) AS matched, size(codes) AS matched_count, measures
ORDER BY matched_count DESC, place_name, p.id
