TRUNCATE "AuditLog";
