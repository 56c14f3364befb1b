/**
 * Calculation of the database a Prisma schema describes: {@link dev.shale.sql.calc.SqlSchemaCalculator}
 * maps a validated {@link dev.shale.datamodel.Datamodel} to a {@link dev.shale.sql.SqlSchema}
 * following Prisma's mapping per provider (types, defaults, enums, join tables, constraint names).
 */
package dev.shale.sql.calc;
