-- CATALOG after USE is USE CATALOG, which needs the catalog name
USE catalog