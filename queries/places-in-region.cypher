// title: Places inside a region
// description: every place lying inside the region by a chain of kg:partOf / PART_OF (transitively), with its level when known
// param: region: string - name or alias of the region or zone (a trailing 省/市 may be added or left out)
// columns: place_name, place_level
WITH [$region, $region + '市', $region + '省'] + CASE WHEN $region ENDS WITH '市' OR $region ENDS WITH '省' THEN [left($region, size($region) - 1)] ELSE [] END AS keys
MATCH (r:Place) WHERE r.name IN keys OR any(k IN r.aliases WHERE k IN keys)
MATCH (x:Place)-[:PART_OF*1..]->(r)
WHERE x <> r
WITH DISTINCT x
RETURN x.name AS place_name, x.level AS place_level
ORDER BY place_name, x.id
