using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SesConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdentityIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndexedIdentities",
                columns: table => new
                {
                    Region = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DkimStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    SendingEnabled = table.Column<bool>(type: "INTEGER", nullable: true),
                    LastReadAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexedIdentities", x => new { x.Region, x.Name });
                });

            migrationBuilder.CreateTable(
                name: "IndexSyncRegions",
                columns: table => new
                {
                    Region = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LeaseHolder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastFullSyncAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PassStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IdentitiesRead = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPendingSyncAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Api = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexSyncRegions", x => x.Region);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndexedIdentities");

            migrationBuilder.DropTable(
                name: "IndexSyncRegions");
        }
    }
}
