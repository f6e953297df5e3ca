// title: Measures that reached enterprises
// description: every measure naming an enterprise as beneficiary (kg:beneficiary / BENEFITS), with the issuing place and agency
// param: enterprise: string = "" - only this enterprise (name or alias; "" = all)
// columns: enterprise_name, place_name, agency, categories, doc_id, text
MATCH (m:Measure)-[:BENEFITS]->(e:Enterprise)
WHERE $enterprise = '' OR e.name = $enterprise OR $enterprise IN e.aliases
MATCH (m)-[:REGION]->(p:Place)
OPTIONAL MATCH (m)-[:AGENCY]->(ag:Agency)
WITH e, m, min(p.name) AS place_name, min(ag.name) AS agency
WITH e, m, place_name, agency, COLLECT { MATCH (m)-[:HAS_CATEGORY]->(c:Category) RETURN DISTINCT c.code ORDER BY c.code } AS codes
RETURN e.name AS enterprise_name, place_name, agency, reduce(s = '', c IN codes | s + CASE WHEN s = '' THEN '' ELSE ',' END + c) AS categories, m.doc_id AS doc_id,
       coalesce(m.text, m.summary) AS text
ORDER BY enterprise_name, place_name, doc_id, coalesce(text, ''), categories, coalesce(agency, '')
