using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SesConsole.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    OperatorObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Identity = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    SesRequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuthSessions",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    Ticket = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthSessions", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndexedIdentities",
                columns: table => new
                {
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DkimStatus = table.Column<int>(type: "integer", nullable: true),
                    SendingEnabled = table.Column<bool>(type: "boolean", nullable: true),
                    LastReadAt = table.Column<long>(type: "bigint", nullable: false),
                    StatusChangedAt = table.Column<long>(type: "bigint", nullable: false),
                    RemovedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexedIdentities", x => new { x.Region, x.Name });
                });

            migrationBuilder.CreateTable(
                name: "IndexSyncRegions",
                columns: table => new
                {
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LeaseHolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    LastFullSyncAt = table.Column<long>(type: "bigint", nullable: true),
                    PassStartedAt = table.Column<long>(type: "bigint", nullable: true),
                    IdentitiesRead = table.Column<int>(type: "integer", nullable: false),
                    LastPendingSyncAt = table.Column<long>(type: "bigint", nullable: true),
                    Api = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    LastError = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexSyncRegions", x => x.Region);
                });

            migrationBuilder.CreateTable(
                name: "ShareLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Domain = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedByObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShareLinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_At",
                table: "AuditRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Identity",
                table: "AuditRecords",
                column: "Identity");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_OperatorName",
                table: "AuditRecords",
                column: "OperatorName");

            migrationBuilder.CreateIndex(
                name: "IX_AuthSessions_ExpiresAt",
                table: "AuthSessions",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuthSessions_PersonObjectId",
                table: "AuthSessions",
                column: "PersonObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_Kind_SearchName_Name",
                table: "IndexedIdentities",
                columns: new[] { "Region", "Kind", "SearchName", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_LastReadAt",
                table: "IndexedIdentities",
                columns: new[] { "Region", "LastReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_SearchName_Name",
                table: "IndexedIdentities",
                columns: new[] { "Region", "SearchName", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_Status_SearchName_Name",
                table: "IndexedIdentities",
                columns: new[] { "Region", "Status", "SearchName", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_StatusDesc",
                table: "IndexedIdentities",
                columns: new[] { "Region", "Status", "SearchName", "Name" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_SearchName_Name",
                table: "IndexedIdentities",
                columns: new[] { "SearchName", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Status_SearchName_Name",
                table: "IndexedIdentities",
                columns: new[] { "Status", "SearchName", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ShareLinks_Region_Domain",
                table: "ShareLinks",
                columns: new[] { "Region", "Domain" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "AuthSessions");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "IndexedIdentities");

            migrationBuilder.DropTable(
                name: "IndexSyncRegions");

            migrationBuilder.DropTable(
                name: "ShareLinks");
        }
    }
}
