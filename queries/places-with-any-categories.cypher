// title: Places that offered any of some categories
// description: places with at least one measure (kg:region) in one of the given categories: which of them (sorted codes), how many, and how many measures
// param: categories: list - category codes, comma-separated
// columns: place_name, place_level, matched, matched_count, measures
MATCH (c:Category) WHERE c.code IN $categories
// from the few categories asked for, one pass over their measures gathers each place's codes and count
MATCH (c)<-[:HAS_CATEGORY]-(m:Measure)-[:REGION]->(p:Place)
WITH p, collect(DISTINCT c.code) AS found, count(DISTINCT m) AS measures
WITH p, measures, COLLECT { UNWIND found AS code RETURN code ORDER BY code } AS codes
RETURN p.name AS place_name, p.level AS place_level, reduce(s = '', c IN codes | s + CASE WHEN s = '' THEN '' ELSE ',' END + c) AS matched, size(codes) AS matched_count, measures
ORDER BY matched_count DESC, place_name, p.id
