// title: Category coverage of places
// description: the place x category matrix as rows: how many measures (kg:region) each place has in each category, only non-zero cells; optionally one category group and one place level
// param: group: string = "" - a category group code, e.g. FISCAL ("" = all groups)
// param: level: string = "" - place level: province, city, county, town or zone ("" = all places)
// columns: place_name, place_level, category, category_group, measures
MATCH (m:Measure)-[:HAS_CATEGORY]->(c:Category), (m)-[:REGION]->(p:Place)
WHERE ($group = '' OR c.group = $group) AND ($level = '' OR p.level = $level)
WITH p, c, count(DISTINCT m) AS measures
RETURN p.name AS place_name, p.level AS place_level, c.code AS category, c.group AS category_group, measures
ORDER BY place_name, category, p.id
