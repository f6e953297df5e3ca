// title: Enterprises in a place
// description: enterprises located in the place (kg:locatedIn / LOCATED_IN) or in any place lying inside it by a chain of kg:partOf / PART_OF
// param: place: string - name or alias of the place (a trailing 省/市 may be added or left out)
// columns: enterprise_name, located_in
WITH [$place, $place + '市', $place + '省'] + CASE WHEN $place ENDS WITH '市' OR $place ENDS WITH '省' THEN [left($place, size($place) - 1)] ELSE [] END AS keys
MATCH (p:Place) WHERE p.name IN keys OR any(k IN p.aliases WHERE k IN keys)
MATCH (e:Enterprise)-[:LOCATED_IN]->(loc:Place)-[:PART_OF*0..]->(p)
WITH DISTINCT e, loc
RETURN e.name AS enterprise_name, loc.name AS located_in
ORDER BY enterprise_name, located_in, e.id, loc.id
