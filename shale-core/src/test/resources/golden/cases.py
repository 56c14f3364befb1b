#!/usr/bin/env python3
"""The golden cases: (name, before or None, after) per connector. Writes the case folders."""
import os

PG = 'datasource db {\n  provider = "postgresql"\n}\n\n'
PG_SCHEMAS = lambda s: 'datasource db {\n  provider = "postgresql"\n  schemas  = [%s]\n}\n\n' % ', '.join('"%s"' % x for x in s)
LITE = 'datasource db {\n  provider = "sqlite"\n}\n\n'

USER = '''model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  name  String?
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
'''

postgres = [
    ('from_empty_user_post', None, USER),
    ('add_optional_column', USER, USER.replace('  name  String?\n', '  name  String?\n  bio   String?\n')),
    ('add_required_column_with_default', USER, USER.replace('  name  String?\n', '  name  String?\n  score Int    @default(0)\n')),
    ('add_required_column_without_default', USER, USER.replace('  name  String?\n', '  name  String?\n  zeta  String\n  alpha Int\n')),
    ('drop_column', USER, USER.replace('  name  String?\n', '')),
    ('optional_to_required', USER, USER.replace('  name  String?\n', '  name  String\n')),
    ('required_to_optional', USER, USER.replace('  title    String\n', '  title    String?\n')),
    ('int_to_bigint', USER, USER.replace('  authorId Int\n', '  authorId BigInt\n').replace('  id    Int    @id @default(autoincrement())\n  email', '  id    BigInt @id @default(autoincrement())\n  email')),
    ('text_to_varchar', USER, USER.replace('  title    String\n', '  title    String @db.VarChar(100)\n')),
    ('varchar_lengths', 'model T {\n  id Int @id\n  a  String @db.VarChar(10)\n  b  String @db.VarChar(200)\n  c  String @db.Char(5)\n}\n',
        'model T {\n  id Int @id\n  a  String @db.VarChar(20)\n  b  String @db.VarChar(100)\n  c  String @db.Text\n}\n'),
    ('string_to_int_not_castable', 'model T {\n  id Int @id\n  a  String\n  b  String?\n}\n', 'model T {\n  id Int @id\n  a  Int\n  b  Int?\n}\n'),
    ('scalar_to_list', 'model T {\n  id Int @id\n  tags String\n}\n', 'model T {\n  id Int @id\n  tags String[]\n}\n'),
    ('list_to_scalar', 'model T {\n  id Int @id\n  tags String[]\n  nums Int[]\n}\n', 'model T {\n  id Int @id\n  tags String\n  nums Int\n}\n'),
    ('change_default', 'model T {\n  id Int @id\n  a Int @default(1)\n  b String @default("x")\n  c Boolean @default(false)\n}\n',
        'model T {\n  id Int @id\n  a Int @default(2)\n  b String @default("it\'s")\n  c Boolean @default(true)\n}\n'),
    ('drop_default', 'model T {\n  id Int @id\n  a Int @default(1)\n  b DateTime @default(now())\n}\n', 'model T {\n  id Int @id\n  a Int\n  b DateTime\n}\n'),
    ('add_now_default', 'model T {\n  id Int @id\n  at DateTime\n}\n', 'model T {\n  id Int @id\n  at DateTime @default(now())\n}\n'),
    ('add_autoincrement', 'model T {\n  id Int @id\n}\n', 'model T {\n  id Int @id @default(autoincrement())\n}\n'),
    ('remove_autoincrement', 'model T {\n  id Int @id @default(autoincrement())\n}\n', 'model T {\n  id Int @id\n}\n'),
    ('all_defaults', None, '''enum Color {
  RED
  GREEN
}

model T {
  id      String   @id @default(uuid())
  cuid    String   @default(cuid())
  s       String   @default("it's \\"quoted\\"")
  i       Int      @default(-3)
  big     BigInt   @default(9007199254740993)
  f       Float    @default(1.25)
  d       Decimal  @default(3.1400)
  b       Boolean  @default(true)
  at      DateTime @default("2020-01-02T03:04:05.678Z")
  now     DateTime @default(now())
  j       Json     @default("{\\"a\\": [1, 2]}")
  bytes   Bytes    @default("aGVsbG8=")
  color   Color    @default(GREEN)
  colors  Color[]  @default([RED, GREEN])
  ints    Int[]    @default([1, 2, 3])
  strs    String[] @default(["a", "b's"])
  empty   Int[]    @default([])
  gen     String   @default(dbgenerated("gen_random_uuid()"))
  updated DateTime @updatedAt
}
'''),
    ('native_types', None, '''model T {
  id    Int      @id @db.SmallInt
  a     String   @db.VarChar(255)
  b     String   @db.Char(10)
  c     String   @db.Uuid
  d     String   @db.Inet
  e     String   @db.Xml
  f     String   @db.Bit(3)
  g     String   @db.VarBit(8)
  h     Decimal  @db.Decimal(10, 2)
  i     Decimal  @db.Money
  j     Float    @db.Real
  k     DateTime @db.Timestamptz(6)
  l     DateTime @db.Time(3)
  m     DateTime @db.Timetz
  n     DateTime @db.Date
  o     DateTime @db.Timestamp
  p     Json     @db.Json
  q     Int      @db.Oid
  r     BigInt   @db.BigInt
  s     String   @db.Text
  t     Bytes    @db.ByteA
  u     Boolean  @db.Boolean
  v     String?  @db.VarChar
}
'''),
    ('unsupported_types', None, 'model T {\n  id Int @id\n  p Unsupported("point")?\n  t Unsupported("tsvector")?\n  c Unsupported("circle")[]\n}\n'),
    ('enum_add_value', 'enum Role {\n  USER\n  ADMIN\n}\n\nmodel T {\n  id Int @id\n  role Role @default(USER)\n}\n',
        'enum Role {\n  USER\n  ADMIN\n  OWNER\n}\n\nmodel T {\n  id Int @id\n  role Role @default(USER)\n}\n'),
    ('enum_add_two_values', 'enum Role {\n  USER\n}\n\nmodel T {\n  id Int @id\n  role Role\n}\n',
        'enum Role {\n  USER\n  ADMIN\n  OWNER\n}\n\nmodel T {\n  id Int @id\n  role Role\n}\n'),
    ('enum_remove_value', 'enum Role {\n  USER\n  ADMIN\n  OWNER\n}\n\nmodel T {\n  id Int @id\n  role Role @default(USER)\n  roles Role[]\n}\n\nmodel U {\n  id Int @id\n  role Role?\n}\n',
        'enum Role {\n  USER\n  OWNER\n}\n\nmodel T {\n  id Int @id\n  role Role @default(OWNER)\n  roles Role[]\n}\n\nmodel U {\n  id Int @id\n  role Role?\n}\n'),
    ('enum_remove_value_with_dropped_columns', 'enum Mood {\n  A\n  B\n}\n\nmodel T {\n  id Int @id\n  m Mood @default(B)\n  k Mood[]\n}\n\nmodel U {\n  id Int @id\n  m Mood\n}\n\nmodel V {\n  id Int @id\n  m Mood\n}\n',
        'enum Mood {\n  A\n}\n\nmodel T {\n  id Int @id\n}\n\nmodel V {\n  id Int @id\n  m Mood\n}\n'),
    ('enum_create_and_drop', 'enum Old {\n  A\n}\n\nmodel T {\n  id Int @id\n  o Old\n}\n', 'enum New {\n  B\n}\n\nmodel T {\n  id Int @id\n  n New\n}\n'),
    ('enum_column_changes_enum', 'enum A {\n  X\n}\n\nenum B {\n  X\n}\n\nmodel T {\n  id Int @id\n  v A\n}\n',
        'enum A {\n  X\n}\n\nenum B {\n  X\n}\n\nmodel T {\n  id Int @id\n  v B\n}\n'),
    ('add_index', 'model T {\n  id Int @id\n  a Int\n  b String\n}\n', 'model T {\n  id Int @id\n  a Int\n  b String\n\n  @@index([a])\n  @@index([b(sort: Desc), a])\n}\n'),
    ('drop_index', 'model T {\n  id Int @id\n  a Int\n\n  @@index([a])\n}\n', 'model T {\n  id Int @id\n  a Int\n}\n'),
    ('rename_index', 'model T {\n  id Int @id\n  a Int\n  b Int @unique\n\n  @@index([a])\n}\n', 'model T {\n  id Int @id\n  a Int\n  b Int @unique(map: "b_unique")\n\n  @@index([a], map: "a_index")\n}\n'),
    ('add_unique_to_existing', 'model T {\n  id Int @id\n  a Int\n  b Int\n}\n', 'model T {\n  id Int @id\n  a Int @unique\n  b Int\n\n  @@unique([a, b])\n}\n'),
    ('index_algorithms', None, '''model T {
  id   Int    @id
  a    Int
  j    Json
  s    String
  t    DateTime

  @@index([a], type: Hash)
  @@index([j(ops: JsonbPathOps)], type: Gin)
  @@index([s], type: SpGist)
  @@index([t], type: Brin)
}
'''),
    ('add_relation', 'model User {\n  id Int @id\n}\n\nmodel Post {\n  id Int @id\n  authorId Int\n}\n',
        'model User {\n  id Int @id\n  posts Post[]\n}\n\nmodel Post {\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id], onDelete: Cascade)\n}\n'),
    ('drop_relation', USER, USER.replace('  posts Post[]\n', '').replace('  author   User   @relation(fields: [authorId], references: [id])\n', '')),
    ('change_referential_actions', USER, USER.replace('references: [id])', 'references: [id], onDelete: Cascade, onUpdate: NoAction)')),
    ('rename_foreign_key', USER, USER.replace('references: [id])', 'references: [id], map: "post_author")')),
    ('optional_relation_set_null', None, 'model User {\n  id Int @id\n  posts Post[]\n}\n\nmodel Post {\n  id Int @id\n  authorId Int?\n  author User? @relation(fields: [authorId], references: [id])\n}\n'),
    ('drop_table_with_relation', USER, 'model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  name  String?\n}\n'),
    ('change_primary_key', 'model T {\n  a Int\n  b Int\n\n  @@id([a])\n}\n', 'model T {\n  a Int\n  b Int\n\n  @@id([a, b])\n}\n'),
    ('rename_primary_key', 'model T {\n  id Int @id\n}\n', 'model T {\n  id Int @id(map: "t_primary")\n}\n'),
    ('drop_primary_key_to_unique', 'model T {\n  id Int @id\n  n Int\n}\n', 'model T {\n  id Int @unique\n  n Int\n}\n'),
    ('implicit_many_to_many', None, 'model Post {\n  id Int @id\n  tags Tag[]\n}\n\nmodel Tag {\n  id String @id\n  posts Post[]\n}\n'),
    ('self_relations', None, '''model Person {
  id        Int      @id
  mentorId  Int?     @unique
  mentor    Person?  @relation("Mentor", fields: [mentorId], references: [id])
  mentee    Person?  @relation("Mentor")
  managerId Int?
  manager   Person?  @relation("Reports", fields: [managerId], references: [id])
  reports   Person[] @relation("Reports")
  friends   Person[] @relation("Friends")
  friendOf  Person[] @relation("Friends")
}
'''),
    ('two_many_to_many', None, 'model A {\n  id Int @id\n  bs B[]\n  cs C[]\n}\n\nmodel B {\n  id Int @id\n  as A[]\n}\n\nmodel C {\n  id Int @id\n  as A[]\n}\n'),
    ('maps', None, 'enum Kind {\n  ONE @map("one")\n  TWO @map("two")\n\n  @@map("kind_enum")\n}\n\nmodel Thing {\n  id Int @id @map("thing_id")\n  kind Kind @default(ONE) @map("kind_col")\n  other Other @relation(fields: [otherId], references: [id])\n  otherId Int @map("other_ref")\n\n  @@index([kind])\n  @@map("things")\n}\n\nmodel Other {\n  id Int @id\n  things Thing[]\n\n  @@map("others")\n}\n'),
    ('long_names', None, 'model AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver {\n  id Int @id\n  aVeryLongFieldNameThatIsAlsoQuiteLongIndeed Int\n  anotherVeryLongFieldNameThatIsAlsoQuiteLong Int\n  ref Int\n  target Target @relation(fields: [ref], references: [id])\n\n  @@unique([aVeryLongFieldNameThatIsAlsoQuiteLongIndeed, anotherVeryLongFieldNameThatIsAlsoQuiteLong])\n  @@index([anotherVeryLongFieldNameThatIsAlsoQuiteLong])\n}\n\nmodel Target {\n  id Int @id\n  others AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver[]\n}\n'),
    ('composite_keys_and_relations', None, 'model Parent {\n  a Int\n  b String\n  children Child[]\n\n  @@id([a, b])\n}\n\nmodel Child {\n  id Int @id\n  pa Int\n  pb String\n  parent Parent @relation(fields: [pa, pb], references: [a, b])\n\n  @@unique([pa, pb])\n}\n'),
    ('table_rename_is_drop_and_create', 'model Old {\n  id Int @id\n  name String\n}\n', 'model New {\n  id Int @id\n  name String\n}\n'),
    ('column_rename_is_drop_and_add', 'model T {\n  id Int @id\n  oldName String\n}\n', 'model T {\n  id Int @id\n  newName String\n}\n'),
    ('ignored_models_and_fields', None, 'model A {\n  id Int @id\n  x Int @ignore\n}\n\nmodel B {\n  id Int @id\n  y Unsupported("point")\n\n  @@ignore\n}\n'),
    ('serial_kinds', None, 'model A {\n  id BigInt @id @default(autoincrement())\n}\n\nmodel B {\n  id Int @id @default(autoincrement()) @db.SmallInt\n  n Int @default(autoincrement())\n}\n\nmodel C {\n  id String @id @default(uuid(7))\n  d Decimal @default(1.1) @db.Decimal(5, 2)\n  t DateTime @default(now()) @db.Timestamp(0)\n  g String? @default(dbgenerated())\n  u Unsupported("tsvector")? @default(dbgenerated("to_tsvector(\'english\', \'\')"))\n}\n'),
    ('one_to_one_and_compound_references', None, 'model User {\n  id Int @id\n  email String\n  tenant String\n  profile Profile?\n  orders Order[]\n\n  @@unique([tenant, email])\n}\n\nmodel Profile {\n  id Int @id\n  userId Int @unique\n  user User @relation(fields: [userId], references: [id])\n}\n\nmodel Order {\n  id Int @id\n  tenant String\n  email String\n  user User @relation(fields: [tenant, email], references: [tenant, email], onDelete: SetNull, onUpdate: SetNull)\n}\n'),
    ('drop_model_in_many_to_many', 'model Post {\n  id Int @id\n  tags Tag[]\n}\n\nmodel Tag {\n  id Int @id\n  posts Post[]\n}\n', 'model Post {\n  id Int @id\n}\n'),
    ('views_are_not_migrated', None, 'generator client {\n  provider        = "prisma-client"\n  previewFeatures = ["views"]\n}\n\n' + PG + 'model User {\n  id Int @id\n  name String\n}\n\nview UserName {\n  id Int @unique\n  name String\n}\n'),
    ('sorted_compound_keys', None, 'model T {\n  a Int\n  b Int\n  c String\n\n  @@id([a, b])\n  @@unique([c(sort: Desc), a])\n  @@index([b, c(sort: Asc)])\n}\n'),
    ('no_change', USER, USER),
    ('many_changes_order', USER, '''enum Status {
  DRAFT
  PUBLISHED
}

model User {
  id      Int     @id @default(autoincrement())
  email   String  @unique
  posts   Post[]
  profile Profile?
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String @db.VarChar(200)
  status   Status @default(DRAFT)
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([authorId, status])
}

model Profile {
  id     Int    @id
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id])
}
'''),
]

PARTIAL = '''generator client {
  provider        = "prisma-client"
  previewFeatures = ["partialIndexes"]
}

'''

postgres_partial = [
    ('partial_indexes', None, PARTIAL + PG + 'model T {\n  id Int @id\n  a Int\n  status String\n  deletedAt DateTime?\n\n  @@index([a], where: raw("\\"deletedAt\\" IS NULL"))\n  @@unique([a], map: "T_a_live", where: raw("\\"deletedAt\\" IS NULL"))\n  @@index([status], map: "T_active", where: raw("status = \'active\'"))\n}\n'),
]

postgres_multi = [
    ('multi_schema_move_table', PG_SCHEMAS(['public', 'auth']) + 'model T {\n  id Int @id\n\n  @@schema("public")\n}\n',
        PG_SCHEMAS(['public', 'auth']) + 'model T {\n  id Int @id\n\n  @@schema("auth")\n}\n'),
    ('multi_schema_enums_and_relations', None, PG_SCHEMAS(['auth', 'billing']) + '''enum Plan {
  FREE
  PRO

  @@schema("billing")
}

model Account {
  id    Int    @id
  plan  Plan   @default(FREE)
  users User[]

  @@schema("billing")
}

model User {
  id        Int     @id
  accountId Int
  account   Account @relation(fields: [accountId], references: [id])

  @@index([accountId])
  @@schema("auth")
}
'''),
    ('multi_schema_enum_change', PG_SCHEMAS(['a']) + 'enum E {\n  X\n  Y\n\n  @@schema("a")\n}\n\nmodel T {\n  id Int @id\n  e E @default(X)\n\n  @@schema("a")\n}\n',
        PG_SCHEMAS(['a']) + 'enum E {\n  X\n  Z\n\n  @@schema("a")\n}\n\nmodel T {\n  id Int @id\n  e E @default(X)\n\n  @@schema("a")\n}\n'),
]

sqlite = [
    ('from_empty_user_post', None, USER),
    ('add_optional_column', USER, USER.replace('  name  String?\n', '  name  String?\n  bio   String?\n  age   Int?\n')),
    ('add_required_column', USER, USER.replace('  name  String?\n', '  name  String?\n  score Int    @default(0)\n')),
    ('drop_column', USER, USER.replace('  name  String?\n', '')),
    ('change_type', 'model T {\n  id Int @id\n  a Int\n  b String\n  c Float?\n}\n', 'model T {\n  id Int @id\n  a String\n  b Int\n  c Decimal?\n}\n'),
    ('optional_to_required_with_default', 'model T {\n  id Int @id\n  a Int?\n  b String?\n}\n', 'model T {\n  id Int @id\n  a Int @default(5)\n  b String\n}\n'),
    ('add_relation', 'model User {\n  id Int @id\n}\n\nmodel Post {\n  id Int @id\n  authorId Int\n}\n',
        'model User {\n  id Int @id\n  posts Post[]\n}\n\nmodel Post {\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n\n  @@index([authorId])\n}\n'),
    ('drop_relation', USER, USER.replace('  posts Post[]\n', '').replace('  author   User   @relation(fields: [authorId], references: [id])\n', '')),
    ('add_and_drop_index', 'model T {\n  id Int @id\n  a Int\n  b Int\n\n  @@index([a])\n}\n', 'model T {\n  id Int @id\n  a Int\n  b Int\n\n  @@index([b(sort: Desc)])\n  @@unique([a, b])\n}\n'),
    ('rename_index', 'model T {\n  id Int @id\n  a Int\n\n  @@index([a])\n}\n', 'model T {\n  id Int @id\n  a Int\n\n  @@index([a], map: "a_index")\n}\n'),
    ('drop_table', USER, 'model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  name  String?\n}\n'),
    ('defaults', None, '''enum Color {
  RED
  GREEN
}

model T {
  id    String   @id @default(cuid())
  s     String   @default("it's")
  i     Int      @default(-3)
  big   BigInt   @default(42)
  f     Float    @default(1.5)
  d     Decimal  @default(2.50)
  b     Boolean  @default(false)
  at    DateTime @default("2020-01-02T03:04:05Z")
  now   DateTime @default(now())
  bytes Bytes    @default("aGVsbG8=")
  color Color    @default(GREEN)
  gen   String   @default(dbgenerated("(lower(hex(randomblob(16))))"))
  upd   DateTime @updatedAt
}
'''),
    ('implicit_many_to_many', None, 'model Post {\n  id Int @id\n  tags Tag[]\n}\n\nmodel Tag {\n  id String @id\n  posts Post[]\n}\n'),
    ('composite_primary_key_change', 'model T {\n  a Int\n  b Int\n\n  @@id([a])\n}\n', 'model T {\n  a Int\n  b Int\n\n  @@id([a, b])\n}\n'),
    ('json_defaults', None, 'model T {\n  id Int @id\n  j Json @default("{\\"a\\": 1}")\n  k Json? @default("[]")\n}\n'),
    ('bigint_id', None, 'model T {\n  id BigInt @id @default(autoincrement())\n  n Json?\n}\n'),
    ('no_change', USER, USER),
]

def write(connector, name, before, after, header):
    """Writes the case's schema files (recorded outputs next to them are kept)."""
    d = os.path.join(connector, name)
    os.makedirs(d, exist_ok=True)
    if before is not None:
        open(os.path.join(d, 'before.prisma'), 'w').write(before if 'datasource' in before else header + before)
    open(os.path.join(d, 'schema.prisma'), 'w').write(after if 'datasource' in after else header + after)

if __name__ == '__main__':
    for name, before, after in postgres + postgres_multi + postgres_partial:
        write('postgresql', name, before, after, PG)
    for name, before, after in sqlite:
        write('sqlite', name, before, after, LITE)
    for name, before, after in postgres_partial:
        write('sqlite', name, before, after.replace(PG, LITE), LITE)
