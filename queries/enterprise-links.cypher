// title: Measures that reached enterprises
// description: every measure naming an enterprise as beneficiary (kg:beneficiary / BENEFITS), with the issuing place and agency
// param: enterprise: string = "" - only this enterprise (name or alias; "" = all)
// columns: enterprise_name, place_name, agency, categories, doc_id, text
MATCH (m:Measure)-[:BENEFITS]->(e:Enterprise)
WHERE $enterprise = '' OR e.name = $enterprise OR $enterprise IN e.aliases
MATCH (m)-[:REGION]->(p:Place)
OPTIONAL MATCH (m)-[:AGENCY]->(ag:Agency)
WITH e, m, min(p.name) AS place_name, min(ag.name) AS agency
// m.categories: the measure's codes, sorted and comma-joined, kept at load (kg.backends.neo4j.category_list)
RETURN e.name AS enterprise_name, place_name, agency, coalesce(m.categories, '') AS categories, m.doc_id AS doc_id,
       coalesce(m.text, m.summary) AS text
ORDER BY enterprise_name, place_name, doc_id, coalesce(text, ''), categories, coalesce(agency, '')
