/**
 * What differs per database provider in validation: capabilities, native types and their
 * arguments, referential actions, constraint name scopes, index types and provider-specific checks.
 */
package dev.shale.psl.validate.connector;
