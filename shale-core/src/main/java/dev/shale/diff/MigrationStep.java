package dev.shale.diff;

/**
 * One step of a migration, as the differ orders them. Every dialect renders every step through a
 * {@link Visitor}: adding a step adds a visitor method, so a dialect that does not render it no
 * longer compiles (Java 17 has no exhaustive pattern switch; the visitor gives the same guarantee).
 *
 * <p>Steps carry the tables, columns and enums they touch, from the schema before ("from") and
 * after ("to"), so a renderer needs nothing else.
 */
public sealed interface MigrationStep permits CreateNamespace, CreateEnum, AlterEnum, DropEnum, CreateTable,
        DropTable, AlterTable, RedefineTables, CreateIndex, DropIndex, RenameIndex, RedefineIndex, AddForeignKey,
        DropForeignKey, RenameForeignKey {

    <R> R accept(Visitor<R> visitor);

    /** The comment Prisma writes above the step's statements: {@code -- CreateTable}. */
    String description();

    /** Renders or inspects each kind of step. */
    interface Visitor<R> {
        R createNamespace(CreateNamespace step);

        R createEnum(CreateEnum step);

        R alterEnum(AlterEnum step);

        R dropEnum(DropEnum step);

        R createTable(CreateTable step);

        R dropTable(DropTable step);

        R alterTable(AlterTable step);

        R redefineTables(RedefineTables step);

        R createIndex(CreateIndex step);

        R dropIndex(DropIndex step);

        R renameIndex(RenameIndex step);

        R redefineIndex(RedefineIndex step);

        R addForeignKey(AddForeignKey step);

        R dropForeignKey(DropForeignKey step);

        R renameForeignKey(RenameForeignKey step);
    }
}
