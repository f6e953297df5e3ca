// title: Places that offered all of some categories
// description: places with, for every given category, at least one measure (kg:region) of it; measures counts their measures in those categories. Give each code once.
// param: categories: list - category codes, comma-separated
// columns: place_name, place_level, measures
MATCH (m:Measure)-[:HAS_CATEGORY]->(c:Category), (m)-[:REGION]->(p:Place)
WHERE c.code IN $categories
WITH p, count(DISTINCT c.code) AS n, count(DISTINCT m) AS measures
WHERE size($categories) > 0 AND n = size($categories)
RETURN p.name AS place_name, p.level AS place_level, measures
ORDER BY place_name, p.id
