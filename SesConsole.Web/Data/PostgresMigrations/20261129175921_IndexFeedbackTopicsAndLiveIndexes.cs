using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SesConsole.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class IndexFeedbackTopicsAndLiveIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Region_Kind_SearchName_Name",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Region_SearchName_Name",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Region_Status_SearchName_Name",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Region_StatusDesc",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_SearchName_Name",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Status_SearchName_Name",
                table: "IndexedIdentities");

            migrationBuilder.AddColumn<bool>(
                name: "MissingFeedbackTopics",
                table: "IndexedIdentities",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_Kind_Status_SearchName_Name",
                table: "IndexedIdentities",
                columns: new[] { "Region", "Kind", "Status", "SearchName", "Name" },
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_MissingFeedbackTopics_SearchName_N~",
                table: "IndexedIdentities",
                columns: new[] { "Region", "MissingFeedbackTopics", "SearchName", "Name" },
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_SearchName_Name",
                table: "IndexedIdentities",
                columns: new[] { "Region", "SearchName", "Name" },
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_Status_SearchName_Name",
                table: "IndexedIdentities",
                columns: new[] { "Region", "Status", "SearchName", "Name" },
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_StatusDesc",
                table: "IndexedIdentities",
                columns: new[] { "Region", "Status", "SearchName", "Name" },
                descending: new[] { false, true, false, false },
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_SearchName_Name_Region",
                table: "IndexedIdentities",
                columns: new[] { "SearchName", "Name", "Region" },
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Status_SearchName_Name_Region",
                table: "IndexedIdentities",
                columns: new[] { "Status", "SearchName", "Name", "Region" },
                filter: "\"RemovedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Region_Kind_Status_SearchName_Name",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Region_MissingFeedbackTopics_SearchName_N~",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Region_SearchName_Name",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Region_Status_SearchName_Name",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Region_StatusDesc",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_SearchName_Name_Region",
                table: "IndexedIdentities");

            migrationBuilder.DropIndex(
                name: "IX_IndexedIdentities_Status_SearchName_Name_Region",
                table: "IndexedIdentities");

            migrationBuilder.DropColumn(
                name: "MissingFeedbackTopics",
                table: "IndexedIdentities");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedIdentities_Region_Kind_SearchName_Name",
                table: "IndexedIdentities",
                columns: new[] { "Region", "Kind", "SearchName", "Name" });

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
    }
}
