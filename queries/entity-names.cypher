// title: Names of the entities
// description: every name and alias of a place, agency, enterprise or policy document, with its kind (Region, Zone, Agency, Enterprise, PolicyDocument); parameters that name an entity are checked against it
// columns: name, kind
MATCH (e) WHERE e:Place OR e:Agency OR e:Enterprise OR e:PolicyDocument
WITH e, CASE WHEN e:Agency THEN 'Agency' WHEN e:Enterprise THEN 'Enterprise' WHEN e:PolicyDocument THEN 'PolicyDocument'
             WHEN e.level = 'zone' THEN 'Zone' ELSE 'Region' END AS kind
UNWIND [e.name] + coalesce(e.aliases, []) AS name
RETURN DISTINCT name, kind
ORDER BY kind, name
