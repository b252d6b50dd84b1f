// Generated from the API's OpenAPI document by tools/openapi: do not edit.
export interface paths {
    "/api/v1/platform/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TenantsController_list"];
        put?: never;
        post: operations["TenantsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TenantsController_get"];
        put?: never;
        post?: never;
        delete: operations["TenantsController_remove"];
        options?: never;
        head?: never;
        patch: operations["TenantsController_update"];
        trace?: never;
    };
    "/api/v1/platform/tenants/{slug}/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TenantsController_configuration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{slug}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TenantsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{slug}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TenantsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AgentsController_list"];
        put?: never;
        post: operations["AgentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AgentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AgentsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/agents/{id}/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AgentsController_removeTwoFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AlertsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AlertsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiKeysController_list"];
        put?: never;
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiKeysController_get"];
        put?: never;
        post?: never;
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/configuration/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConfigurationController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/configuration/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConfigurationController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomFieldsController_list"];
        put?: never;
        post: operations["CustomFieldsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomFieldsController_get"];
        put?: never;
        post?: never;
        delete: operations["CustomFieldsController_remove"];
        options?: never;
        head?: never;
        patch: operations["CustomFieldsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/custom-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomFormsController_list"];
        put?: never;
        post: operations["CustomFormsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/custom-forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomFormsController_get"];
        put?: never;
        post?: never;
        delete: operations["CustomFormsController_remove"];
        options?: never;
        head?: never;
        patch: operations["CustomFormsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/custom-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomListsController_list"];
        put?: never;
        post: operations["CustomListsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/custom-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomListsController_get"];
        put?: never;
        post?: never;
        delete: operations["CustomListsController_remove"];
        options?: never;
        head?: never;
        patch: operations["CustomListsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DepartmentsController_list"];
        put?: never;
        post: operations["DepartmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DepartmentsController_get"];
        put?: never;
        post?: never;
        delete: operations["DepartmentsController_remove"];
        options?: never;
        head?: never;
        patch: operations["DepartmentsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/departments/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DepartmentMembersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/departments/{id}/members/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["DepartmentMembersController_set"];
        post?: never;
        delete: operations["DepartmentMembersController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketFiltersController_list"];
        put?: never;
        post: operations["TicketFiltersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/filters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketFiltersController_get"];
        put?: never;
        post?: never;
        delete: operations["TicketFiltersController_remove"];
        options?: never;
        head?: never;
        patch: operations["TicketFiltersController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/filters/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketFiltersController_dryRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/help-topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HelpTopicsController_list"];
        put?: never;
        post: operations["HelpTopicsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/help-topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HelpTopicsController_get"];
        put?: never;
        post?: never;
        delete: operations["HelpTopicsController_remove"];
        options?: never;
        head?: never;
        patch: operations["HelpTopicsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/ldap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LdapController_get"];
        put: operations["LdapController_put"];
        post?: never;
        delete: operations["LdapController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/ldap/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LdapController_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["BrandingController_putLogo"];
        post?: never;
        delete: operations["BrandingController_deleteLogo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailLogController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/mail/{id}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailLogController_raw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/mail/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MailLogController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/mailboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailboxesController_list"];
        put?: never;
        post: operations["MailboxesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/mailboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailboxesController_get"];
        put?: never;
        post?: never;
        delete: operations["MailboxesController_remove"];
        options?: never;
        head?: never;
        patch: operations["MailboxesController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/mailboxes/{id}/inbound-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MailboxesController_inboundToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_list"];
        put?: never;
        post: operations["OrganizationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        delete: operations["OrganizationsController_remove"];
        options?: never;
        head?: never;
        patch: operations["OrganizationsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BrandingController_pages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/pages/{kind}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BrandingController_page"];
        put: operations["BrandingController_putPage"];
        post?: never;
        delete: operations["BrandingController_deletePage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PrioritiesController_list"];
        put?: never;
        post: operations["PrioritiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/priorities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PrioritiesController_get"];
        put?: never;
        post?: never;
        delete: operations["PrioritiesController_remove"];
        options?: never;
        head?: never;
        patch: operations["PrioritiesController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/priority-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettingsController_priorityMatrix"];
        put: operations["SettingsController_setPriorityMatrix"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/priority-matrix/bands/{minProduct}/escalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettingsController_bandLine"];
        put: operations["SettingsController_replaceBandLine"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/recurring-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RecurringTicketsController_list"];
        put?: never;
        post: operations["RecurringTicketsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/recurring-tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RecurringTicketsController_get"];
        put?: never;
        post?: never;
        delete: operations["RecurringTicketsController_delete"];
        options?: never;
        head?: never;
        patch: operations["RecurringTicketsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/recurring-tickets/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RecurringTicketsController_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/reference-counters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettingsController_referenceCounters"];
        put: operations["SettingsController_continueReferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/requesters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RequestersController_list"];
        put?: never;
        post: operations["RequestersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/requesters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RequestersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["RequestersController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/requesters/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RolesController_list"];
        put?: never;
        post: operations["RolesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RolesController_get"];
        put?: never;
        post?: never;
        delete: operations["RolesController_remove"];
        options?: never;
        head?: never;
        patch: operations["RolesController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchedulesController_list"];
        put?: never;
        post: operations["SchedulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SchedulesController_get"];
        put?: never;
        post?: never;
        delete: operations["SchedulesController_remove"];
        options?: never;
        head?: never;
        patch: operations["SchedulesController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SettingsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/sla-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SlaPlansController_list"];
        put?: never;
        post: operations["SlaPlansController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/sla-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SlaPlansController_get"];
        put?: never;
        post?: never;
        delete: operations["SlaPlansController_remove"];
        options?: never;
        head?: never;
        patch: operations["SlaPlansController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/sla-plans/{id}/escalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SlaPlansController_line"];
        put: operations["SlaPlansController_replaceLine"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatusesController_list"];
        put?: never;
        post: operations["StatusesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatusesController_get"];
        put?: never;
        post?: never;
        delete: operations["StatusesController_remove"];
        options?: never;
        head?: never;
        patch: operations["StatusesController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeamsController_list"];
        put?: never;
        post: operations["TeamsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeamsController_get"];
        put?: never;
        post?: never;
        delete: operations["TeamsController_remove"];
        options?: never;
        head?: never;
        patch: operations["TeamsController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["TeamsController_setMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TemplatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/templates/{key}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TemplatesController_get"];
        put: operations["TemplatesController_save"];
        post?: never;
        delete: operations["TemplatesController_revert"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/templates/{key}/{language}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TemplatesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/time-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TimeRulesController_list"];
        put?: never;
        post: operations["TimeRulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/time-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TimeRulesController_get"];
        put?: never;
        post?: never;
        delete: operations["TimeRulesController_delete"];
        options?: never;
        head?: never;
        patch: operations["TimeRulesController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TriggersController_list"];
        put?: never;
        post: operations["TriggersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/triggers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TriggersController_get"];
        put?: never;
        post?: never;
        delete: operations["TriggersController_remove"];
        options?: never;
        head?: never;
        patch: operations["TriggersController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/webhooks/{id}/deliveries/{eventId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/admin/webhooks/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_replaceSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_colleagues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/login/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_loginWithCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/login/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_startEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/login/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_confirmEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_confirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TwoFactorController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactorController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/two-factor/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactorController_startEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/two-factor/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactorController_confirmEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/auth/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactorController_renewRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/canned-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CannedResponsesController_list"];
        put?: never;
        post: operations["CannedResponsesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/canned-responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CannedResponsesController_get"];
        put?: never;
        post?: never;
        delete: operations["CannedResponsesController_remove"];
        options?: never;
        head?: never;
        patch: operations["CannedResponsesController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/canned-responses/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CannedResponsesController_addFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/canned-responses/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CannedResponsesController_file"];
        put?: never;
        post?: never;
        delete: operations["CannedResponsesController_removeFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_departments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_department"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/help-topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_helpTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/help-topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_helpTopic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/help-topics/{id}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_helpTopicFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/mail/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MailInboundController_inbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_organizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalAuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalAuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalAuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PortalAuthController_updateMe"];
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalAuthController_confirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalAuthController_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalAuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/auth/register/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalAuthController_confirmRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/guest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalAuthController_guest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/guest/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalAuthController_mailGuestLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/help-topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalTicketsController_helpTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/help-topics/{id}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalTicketsController_topicFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalInstanceController_instance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/invitation/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalAuthController_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalInstanceController_logo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalInstanceController_pages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalTicketsController_list"];
        put?: never;
        post: operations["PortalTicketsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/tickets/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalTicketsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/tickets/{reference}/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalTicketsController_attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/tickets/{reference}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalTicketsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/tickets/{reference}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalEventsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/tickets/{reference}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalTicketsController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/tickets/{reference}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalTicketsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/portal/tickets/{reference}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalTicketsController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_priorities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/sla-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_slaPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/sla-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_slaPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_statuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TagsController_complete"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_list"];
        put?: never;
        post: operations["TasksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete: operations["TasksController_remove"];
        options?: never;
        head?: never;
        patch: operations["TasksController_update"];
        trace?: never;
    };
    "/api/v1/t/{slug}/tasks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tasks/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_notes"];
        put?: never;
        post: operations["TasksController_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tasks/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_teams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketsController_queue"];
        put?: never;
        post: operations["TicketsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketsController_get"];
        put?: never;
        post?: never;
        delete: operations["TicketActionsController_remove"];
        options?: never;
        head?: never;
        patch: operations["TicketActionsController_edit"];
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketsController_attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/canned-responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketCannedResponsesController_fill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/collaborators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_addCollaborators"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/collaborators/{requesterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["TicketActionsController_removeCollaborator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_due"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/links/{other}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["TicketActionsController_unlink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketsController_lock"];
        delete: operations["TicketsController_unlock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketsController_originalMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketsController_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_priority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketsController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_addTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["TicketActionsController_removeTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/thread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketsController_thread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/topic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_topic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/{reference}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TicketActionsController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/tickets/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TicketsController_queueCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ViewsController_list"];
        put?: never;
        post: operations["ViewsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/t/{slug}/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ViewsController_remove"];
        options?: never;
        head?: never;
        patch: operations["ViewsController_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddTagsRequest: {
            /**
             * @description names of 1 to 40 letters or digits with - _ . / inside, kept in lower case; unknown ones join the instance's list; at most 20
             * @example [
             *       "vpn",
             *       "Wi-Fi"
             *     ]
             */
            tags: string[];
        };
        AdminDepartmentResponse: {
            /** @description false: its tickets get no auto-responses */
            autoResponse: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description shown to requesters */
            isPublic: boolean;
            /** Format: uuid */
            managerStaffId?: string | null;
            /** @example Support */
            name: string;
            /** @example office@example.org */
            outgoingEmail?: string | null;
            /** Format: uuid */
            parentId?: string | null;
            /**
             * Format: uuid
             * @description the SLA plan of its tickets whose topic names none; null: the instance's default
             */
            slaPlanId?: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        AdminHelpTopicResponse: {
            /** Format: uuid */
            autoAssignStaffId?: string | null;
            /** Format: uuid */
            autoAssignTeamId?: string | null;
            /** @description false: its tickets get no auto-responses */
            autoResponse: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            isPublic: boolean;
            /** @example General inquiry */
            name: string;
            /** Format: uuid */
            parentId?: string | null;
            /** Format: uuid */
            priorityId?: string | null;
            /** @example MAT-{n:5} */
            referenceFormat?: string | null;
            /** Format: uuid */
            slaPlanId?: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        AgentDepartmentRequest: {
            /** Format: uuid */
            departmentId: string;
            /**
             * Format: uuid
             * @description the agent's role in that department
             */
            roleId: string;
        };
        AgentDepartmentResponse: {
            /** Format: uuid */
            departmentId: string;
            /** @example Support */
            departmentName: string;
            /** @description the primary department */
            isPrimary: boolean;
            /**
             * Format: uuid
             * @description null for a manager without a role
             */
            roleId?: string | null;
            /** @example Expanded access */
            roleName?: string | null;
        };
        AgentPreferencesRequest: {
            /**
             * Format: date-time
             * @description away until then: automatic assignment passes the agent by; null: back
             * @example 2026-08-31T07:00:00Z
             */
            awayUntil?: string | null;
            /**
             * @description null: the instance's language
             * @example ca
             * @enum {string|null}
             */
            language?: "en" | "ca" | "es" | "de" | "nl" | null;
        };
        AgentResponse: {
            /**
             * @description ldap: the instance's directory checks the password
             * @example local
             * @enum {string}
             */
            authSource: "local" | "ldap";
            /**
             * Format: date-time
             * @description away until then: automatic assignment passes the agent by
             * @example 2026-08-31T07:00:00Z
             */
            awayUntil?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description the primary department first */
            departments: components["schemas"]["AgentDepartmentResponse"][];
            /** @example anna.puig@example.org */
            email: string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            isLocked: boolean;
            /** @description instance manager: may configure the whole instance */
            isManager: boolean;
            /** @example ca */
            language?: string | null;
            /** Format: date-time */
            lastLoginAt?: string | null;
            /** @example Anna Puig */
            name: string;
            /**
             * @description from the directory, for directory accounts
             * @example +34 600 000 001
             */
            phone?: string | null;
            /** Format: uuid */
            primaryDepartmentId?: string | null;
            /**
             * Format: uuid
             * @description the role in the primary department
             */
            roleId?: string | null;
            /**
             * @example Jordi Vila
             *     Student office
             */
            signature: string;
            teamIds: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        AlertChangeRequest: {
            enabled?: boolean;
            /** @enum {string} */
            key: "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue";
            /** @description replaces the groups of agents it goes to */
            recipients?: ("assignee" | "team_members" | "department_manager" | "department_members" | "department_members_if_unassigned")[];
        };
        AlertSettingResponse: {
            enabled: boolean;
            /** @description as shipped */
            isDefault: boolean;
            /** @enum {string} */
            key: "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue";
            /** @description the groups of agents it goes to */
            recipients: ("assignee" | "team_members" | "department_manager" | "department_members" | "department_members_if_unassigned")[];
        };
        AlertsResponse: {
            /** @description alerts to agents */
            alerts: components["schemas"]["AlertSettingResponse"][];
            /** @description notices to requesters and collaborators */
            notices: components["schemas"]["NoticeSettingResponse"][];
        };
        ApiKeyResponse: {
            /**
             * @example [
             *       "192.0.2.0/24"
             *     ]
             */
            allowedNetworks: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdByStaffId?: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
            /** @example Network monitoring */
            name: string;
            /**
             * Format: date-time
             * @description set: the key no longer works
             */
            revokedAt?: string | null;
            /**
             * @example [
             *       "tickets.create"
             *     ]
             */
            scopes: ("tickets.create" | "tickets.read" | "tickets.write")[];
        };
        AppliedActionResponse: {
            /**
             * @example set-department
             * @enum {string}
             */
            kind: "reject" | "set-department" | "set-help-topic" | "set-priority" | "set-sla-plan" | "set-status" | "set-type" | "assign-agent" | "assign-team" | "disable-auto-response" | "send-canned-response" | "add-collaborators" | "add-tags" | "stop";
            /** @description what it names is gone or no longer usable: it would do nothing */
            skipped: boolean;
            /**
             * @description the name of what it sets
             * @example Sales
             */
            target?: string | null;
            /** @example 0193a4e2-5b7c-7def-8a12-3456789abcde */
            value?: string | null;
        };
        AppliedFilterResponse: {
            actions: components["schemas"]["AppliedActionResponse"][];
            /** Format: uuid */
            filterId: string;
            /** @example Example Corp to Sales */
            name: string;
        };
        AssignRequest: {
            /**
             * Format: uuid
             * @description an active, unlocked agent; null clears the agent
             */
            staffId?: string | null;
            /**
             * Format: uuid
             * @description an active team; null clears the team
             */
            teamId?: string | null;
        };
        AttachmentResponse: {
            /**
             * @description inline images: the cid the HTML body refers to
             * @example part1.06090408.01060107@example.org
             */
            contentId?: string | null;
            /** @example image/png */
            contentType: string;
            /** @example screenshot.png */
            filename: string;
            /** Format: uuid */
            id: string;
            isInline: boolean;
            /**
             * @description bytes
             * @example 48213
             */
            size: number;
        };
        AuthorResponse: {
            /** Format: uuid */
            id?: string | null;
            /** @example Anna Puig */
            name?: string | null;
            /** @enum {string} */
            type: "staff" | "requester" | "system";
        };
        BouncedEmailResponse: {
            /**
             * Format: date-time
             * @description when the last delivery report for it arrived
             */
            bouncedAt: string;
            /** @example marta.soler@estudiantat.upc.edu */
            email: string;
            /**
             * @description the report's subject
             * @example Undelivered Mail Returned to Sender
             */
            reason?: string | null;
        };
        CannedFileResponse: {
            /** @example application/pdf */
            contentType: string;
            /** @example router-setup.pdf */
            filename: string;
            /** Format: uuid */
            id: string;
            /**
             * @description bytes
             * @example 48213
             */
            size: number;
        };
        CannedResponseResponse: {
            /**
             * @example Dear {{requester.name}},
             *
             *     You can choose a new password at https://id.example.org/reset.
             */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description null: instance-wide
             */
            departmentId?: string | null;
            /** @description attached to the reply it goes into, and to the responses rules send with it */
            files: components["schemas"]["CannedFileResponse"][];
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /** @description whether you may change or delete it */
            mayManage: boolean;
            /** @example Password reset */
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ChallengeCodeRequest: {
            /**
             * @description secondFactor.challenge of the login answer
             * @example tsc_Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0
             */
            challenge: string;
            /**
             * @description the six digits the app shows now, or one of the recovery codes (ABCDE-23456)
             * @example 492039
             */
            code: string;
        };
        ChallengeRequest: {
            /**
             * @description secondFactor.challenge of the login answer
             * @example tsc_Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0
             */
            challenge: string;
        };
        CodeRequest: {
            /**
             * @description the six digits the app shows now, or one of the recovery codes (ABCDE-23456)
             * @example 492039
             */
            code: string;
        };
        CollaboratorsRequest: {
            /**
             * @description addresses separated by commas, semicolons, spaces or line breaks, bare or as "Name <address>" (quote names that hold a comma); at most 500
             * @example Joan Serra <joan.serra@example.org>; marta@example.org
             *     pere@example.org
             */
            emails?: string | string[];
            /**
             * Format: uuid
             * @description adds every member of the organization
             */
            organizationId?: string;
        };
        CollaboratorsResponse: {
            /** @description now collaborators (new requesters were created for unknown addresses) */
            added: components["schemas"]["PersonResponse"][];
            /** @description already on the ticket, as its requester or a collaborator */
            alreadyThere: components["schemas"]["PersonResponse"][];
            /** @description the ticket afterwards; the ETag header carries its version */
            ticket: components["schemas"]["TicketResponse"];
        };
        ColleagueResponse: {
            /** @description the departments the agent works in, the primary first */
            departmentIds: string[];
            /** @example anna.puig@example.org */
            email: string;
            /** Format: uuid */
            id: string;
            /** @example Anna Puig */
            name: string;
            teamIds: string[];
        };
        ConfigurationChangeResponse: {
            /**
             * @example create
             * @enum {string}
             */
            action: "create" | "update" | "unchanged";
            /**
             * @description the row's natural key, as the file writes it
             * @example [
             *       "Hardware",
             *       "Printers"
             *     ]
             */
            key: Record<string, never>;
            /** @example helpTopics */
            section: string;
        };
        ConfigurationFileRequest: {
            /**
             * @description ignored by the import
             * @example 2026-01-02T10:00:00.000Z
             */
            exportedAt?: string;
            /**
             * @example tessera-configuration
             * @enum {string}
             */
            format: "tessera-configuration";
            /**
             * @description the instance exported; ignored by the import
             * @example {
             *       "slug": "acme"
             *     }
             */
            instance?: Record<string, never>;
            /**
             * @description what the export left out; ignored by the import
             * @example [
             *       "tickets, tasks, their messages and attachments"
             *     ]
             */
            leftOut?: string[];
            /**
             * @description one member per section (schedules, slaPlans, priorities, statuses, roles, departments, teams, helpTopics, escalationLines, cannedResponses, ticketFilters, triggers, timeRules, customLists, customFields, customForms, customFormFields, helpTopicForms, templates, alerts, pages, settings, signIn); a section left out is not touched
             * @example {
             *       "departments": [
             *         {
             *           "path": [
             *             "Support"
             *           ],
             *           "isPublic": true,
             *           "outgoingEmail": null,
             *           "autoResponse": true,
             *           "slaPlan": "Default SLA"
             *         }
             *       ],
             *       "priorities": [
             *         {
             *           "name": "Urgent",
             *           "urgency": 90,
             *           "isDefault": false
             *         }
             *       ]
             *     }
             */
            sections: {
                [key: string]: unknown;
            };
            /**
             * @description the file's format version; this server reads 1 to 1
             * @example 1
             */
            version: number;
        };
        ConfigurationFileResponse: {
            /** @example 2026-01-02T10:00:00.000Z */
            exportedAt: string;
            /**
             * @example tessera-configuration
             * @enum {string}
             */
            format: "tessera-configuration";
            /**
             * @example {
             *       "slug": "acme"
             *     }
             */
            instance: Record<string, never>;
            /**
             * @description what the file never holds
             * @example [
             *       "tickets, tasks, their messages and attachments"
             *     ]
             */
            leftOut: string[];
            /**
             * @description the rows of each section by natural key, without ids
             * @example {
             *       "departments": [
             *         {
             *           "path": [
             *             "Support"
             *           ],
             *           "isPublic": true,
             *           "outgoingEmail": null,
             *           "autoResponse": true,
             *           "slaPlan": "Default SLA"
             *         }
             *       ],
             *       "priorities": [
             *         {
             *           "name": "Urgent",
             *           "urgency": 90,
             *           "isDefault": false
             *         }
             *       ]
             *     }
             */
            sections: {
                [key: string]: unknown;
            };
            /** @example 1 */
            version: number;
        };
        ConfigurationPlanResponse: {
            changes: components["schemas"]["ConfigurationChangeResponse"][];
            /**
             * @description true: nothing was written
             * @example true
             */
            dryRun: boolean;
            /** @example 1 */
            version: number;
        };
        CreateAgentRequest: {
            /**
             * @description ldap: the instance's directory checks the password and keeps name, e-mail and phone
             * @default local
             * @example local
             * @enum {string}
             */
            authSource: "local" | "ldap";
            /** @description extra departments, each once and not the primary one */
            departments?: components["schemas"]["AgentDepartmentRequest"][];
            /** @example jordi.vila@example.org */
            email: string;
            /**
             * @description managers configure the whole instance and hold every permission
             * @default false
             */
            isManager: boolean;
            /**
             * @description null: the instance's language
             * @enum {string|null}
             */
            language?: "en" | "ca" | "es" | "de" | "nl" | null;
            /** @example Jordi Vila */
            name: string;
            /**
             * @description required unless authSource is ldap
             * @example a long passphrase
             */
            password?: string;
            /**
             * Format: uuid
             * @description required unless isManager
             */
            primaryDepartmentId?: string | null;
            /**
             * Format: uuid
             * @description the role in the primary department; required unless isManager
             */
            roleId?: string | null;
            /**
             * @default
             * @example Jordi Vila
             *     Student office
             */
            signature: string;
        };
        CreateApiKeyRequest: {
            /**
             * @description addresses or CIDR networks the key may be used from; empty or left out: anywhere
             * @example [
             *       "192.0.2.0/24",
             *       "2001:db8::7"
             *     ]
             */
            allowedNetworks?: string[];
            /** @example Network monitoring */
            name: string;
            /**
             * @description at least one; unknown ones are refused
             * @example [
             *       "tickets.create"
             *     ]
             */
            scopes: ("tickets.create" | "tickets.read" | "tickets.write")[];
        };
        CreateCannedResponseRequest: {
            /**
             * @description may use {{ticket.reference}}, {{ticket.subject}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.topic}}, {{department.name}}, {{requester.name}}, {{requester.email}}, {{agent.name}}, {{agent.signature}}, {{instance.name}}, {{instance.link}}
             * @example Dear {{requester.name}},
             *
             *     You can choose a new password at https://id.example.org/reset.
             *
             *     {{agent.signature}}
             */
            body: string;
            /**
             * Format: uuid
             * @description the department's own (canned.manage there); instance-wide without (managers)
             */
            departmentId?: string | null;
            /**
             * @description an inactive one is kept but not offered
             * @default true
             */
            isActive: boolean;
            /** @example Password reset */
            title: string;
        };
        CreateCustomFieldRequest: {
            /**
             * @description shown under the field
             * @example [
             *       {
             *         "language": "en",
             *         "text": "Where the problem is"
             *       }
             *     ]
             */
            help?: components["schemas"]["LabelRequest"][];
            /**
             * @description a choice field taking several values
             * @default false
             */
            isMultiple: boolean;
            /**
             * @description the name of its value in customData; cannot change
             * @example building
             */
            key: string;
            /**
             * @description at least one
             * @example [
             *       {
             *         "language": "en",
             *         "text": "Building"
             *       },
             *       {
             *         "language": "de",
             *         "text": "Gebäude"
             *       }
             *     ]
             */
            labels: components["schemas"]["LabelRequest"][];
            /**
             * Format: uuid
             * @description the list a choice field takes its values from (choice fields only)
             */
            listId?: string | null;
            /**
             * @description cannot change; requester, agent, department and organization take an id of this instance
             * @example choice
             * @enum {string}
             */
            type: "short_text" | "long_text" | "number" | "date" | "date_time" | "choice" | "checkbox" | "email" | "phone" | "requester" | "agent" | "department" | "organization";
            /**
             * @description requester_edit: requesters see and fill it in; requester_view: they see it, agents fill it in; agents: for agents only
             * @default requester_edit
             * @example requester_edit
             * @enum {string}
             */
            visibility: "requester_edit" | "requester_view" | "agents";
        };
        CreateCustomFormRequest: {
            /**
             * @description in the order shown
             * @example [
             *       {
             *         "fieldId": "0193a1b2-0000-7000-8000-000000000001",
             *         "required": true
             *       }
             *     ]
             */
            fields: components["schemas"]["FormFieldRequest"][];
            /**
             * @description ticket forms: the help topics showing it, and their sub-topics
             * @example []
             */
            helpTopicIds?: string[];
            /**
             * @description ticket: shown for its help topics; requester, organization: the extra fields of every person or organization. Cannot change
             * @example ticket
             * @enum {string}
             */
            kind: "ticket" | "requester" | "organization";
            /**
             * @description the heading shown above its fields
             * @example [
             *       {
             *         "language": "en",
             *         "text": "About the room"
             *       }
             *     ]
             */
            labels?: components["schemas"]["LabelRequest"][];
            /** @example Facilities request */
            name: string;
        };
        CreateCustomListRequest: {
            /**
             * @description in the order they are offered
             * @example [
             *       {
             *         "value": "north",
             *         "labels": [
             *           {
             *             "language": "en",
             *             "text": "North wing"
             *           }
             *         ]
             *       }
             *     ]
             */
            items: components["schemas"]["ListItemRequest"][];
            /** @example Buildings */
            name: string;
        };
        CreatedApiKeyResponse: {
            /**
             * @example [
             *       "192.0.2.0/24"
             *     ]
             */
            allowedNetworks: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdByStaffId?: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
            /** @example Network monitoring */
            name: string;
            /**
             * Format: date-time
             * @description set: the key no longer works
             */
            revokedAt?: string | null;
            /**
             * @example [
             *       "tickets.create"
             *     ]
             */
            scopes: ("tickets.create" | "tickets.read" | "tickets.write")[];
            /**
             * @description shown this once; send as Authorization: Bearer <token>
             * @example tsk_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk
             */
            token: string;
        };
        CreateDepartmentRequest: {
            /**
             * @description false: its tickets get no auto-responses (new ticket, new message)
             * @default true
             */
            autoResponse: boolean;
            /**
             * @description shown to requesters
             * @default true
             */
            isPublic: boolean;
            /**
             * Format: uuid
             * @description an agent of the instance
             */
            managerStaffId?: string | null;
            /** @example Student office */
            name: string;
            /**
             * @description the department's mail is sent from it
             * @example office@example.org
             */
            outgoingEmail?: string | null;
            /**
             * Format: uuid
             * @description departments form a tree; no loops
             */
            parentId?: string | null;
            /**
             * Format: uuid
             * @description the SLA plan of its new tickets whose help topic names none; null: the instance's default
             */
            slaPlanId?: string | null;
        };
        CreateHelpTopicRequest: {
            /**
             * Format: uuid
             * @description new tickets go to this agent (not with a team)
             */
            autoAssignStaffId?: string | null;
            /**
             * Format: uuid
             * @description new tickets go to this team (not with an agent)
             */
            autoAssignTeamId?: string | null;
            /**
             * @description false: its tickets get no auto-responses, whatever the department's switch
             * @default true
             */
            autoResponse: boolean;
            /**
             * Format: uuid
             * @description where its tickets go
             */
            departmentId: string;
            /**
             * @description inactive topics take no new tickets
             * @default true
             */
            isActive: boolean;
            /**
             * @description offered in the portal
             * @default true
             */
            isPublic: boolean;
            /**
             * @description unique among the topics with the same parent
             * @example Enrolment
             */
            name: string;
            /**
             * Format: uuid
             * @description topics form a tree; no loops
             */
            parentId?: string | null;
            /**
             * Format: uuid
             * @description null: the instance's default priority
             */
            priorityId?: string | null;
            /**
             * @description null: the instance's format
             * @example MAT-{n:5}
             */
            referenceFormat?: string | null;
            /**
             * Format: uuid
             * @description null: the default SLA plan
             */
            slaPlanId?: string | null;
        };
        CreateMailboxRequest: {
            /**
             * @description the address requesters write to
             * @example suport@etsetb.example.edu
             */
            address: string;
            /**
             * @description mark seen, move to afterFetchFolder, or delete
             * @default seen
             * @enum {string}
             */
            afterFetch: "seen" | "move" | "delete";
            /** @example Tessera */
            afterFetchFolder?: string | null;
            /**
             * @description send the new-ticket auto-response for mail of this mailbox
             * @default true
             */
            autoResponse: boolean;
            /**
             * Format: uuid
             * @description where new tickets from this mailbox go
             */
            departmentId: string;
            /**
             * @default 300
             * @example 120
             */
            fetchIntervalSeconds: number;
            /** Format: uuid */
            helpTopicId?: string | null;
            /**
             * @default INBOX
             * @example INBOX
             */
            imapFolder: string;
            /**
             * @description leave empty (with imapUser) for a mailbox fed only by an MTA pipe
             * @example imap.example.edu
             */
            imapHost?: string | null;
            /**
             * @description stored encrypted, never returned; null removes it
             * @example an app password
             */
            imapPassword?: string | null;
            /**
             * @description default 993 with tls, 143 otherwise
             * @example 993
             */
            imapPort?: number | null;
            /**
             * @default tls
             * @enum {string}
             */
            imapSecurity: "tls" | "starttls" | "none";
            /** @example suport */
            imapUser?: string | null;
            /** @default true */
            isActive: boolean;
            /** @example Student office */
            name: string;
            /** Format: uuid */
            priorityId?: string | null;
        };
        CreateOrganizationRequest: {
            /**
             * @description members are added as collaborators to each other's new tickets
             * @default false
             */
            autoAddMembers: boolean;
            /**
             * @description new requesters with an address here join the organization; each domain belongs to one organization
             * @example [
             *       "etsetb.upc.edu"
             *     ]
             */
            domains?: string[];
            /**
             * @description members see all the organization's tickets in the portal
             * @default false
             */
            membersSeeAll: boolean;
            /** @example ETSETB */
            name: string;
        };
        CreatePriorityRequest: {
            /**
             * @description new tickets get it unless their topic or the matrix says otherwise
             * @default false
             */
            isDefault: boolean;
            /** @example Critical */
            name: string;
            /**
             * @description the rank: higher is more urgent
             * @example 5
             */
            urgency: number;
        };
        CreateRecurringTicketRequest: {
            /**
             * Format: uuid
             * @description the agent each ticket is assigned to
             * @example null
             */
            assignStaffId?: string | null;
            /**
             * Format: uuid
             * @description the team each ticket is assigned to
             * @example null
             */
            assignTeamId?: string | null;
            /**
             * @description the first entry: an internal note
             * @example Restore one file from each backup set and note the result here.
             */
            body: string;
            /**
             * Format: uuid
             * @example 0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8091
             */
            departmentId: string;
            /**
             * Format: uuid
             * @example null
             */
            helpTopicId?: string | null;
            /**
             * @description an inactive one opens nothing; switched on again it starts from now
             * @default true
             * @example true
             */
            isActive: boolean;
            /** @example Monthly backup check */
            name: string;
            /**
             * Format: uuid
             * @description null: the topic's or the instance's default
             * @example null
             */
            priorityId?: string | null;
            /**
             * @description the ticket's requester
             * @example it-operations@uni.example
             */
            requesterEmail: string;
            /** @example IT operations */
            requesterName?: string | null;
            /**
             * @description an RFC 5545 RRULE value without DTSTART, TZID, BYMINUTE or BYSECOND; HOURLY at the finest
             * @example FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1
             */
            rrule: string;
            /**
             * @description the first occurrence, as wall-clock time in the time zone
             * @example 2026-01-05T09:00
             */
            startsAt: string;
            /** @example Check last month’s backups */
            subject: string;
            /**
             * @description put on each ticket it opens; 20 at most
             * @example [
             *       "backups",
             *       "monthly"
             *     ]
             */
            tags?: string[];
            /**
             * @description an IANA time zone
             * @example Europe/Madrid
             */
            timezone: string;
        };
        CreateRequesterRequest: {
            /**
             * @description may sign in to the portal; links in mails work either way
             * @default true
             */
            canLogin: boolean;
            /**
             * @description the first is the primary address; each belongs to one requester of the instance
             * @example [
             *       "marta.soler@estudiantat.upc.edu",
             *       "marta@example.org"
             *     ]
             */
            emails: string[];
            /** @enum {string|null} */
            language?: "en" | "ca" | "es" | "de" | "nl" | null;
            /** @example Marta Soler */
            name: string;
            /** @description every organization the requester belongs to */
            organizationIds?: string[];
            /** @example +34 934 01 00 00 */
            phone?: string | null;
        };
        CreateRoleRequest: {
            /** @example Front desk */
            name: string;
            /**
             * @description unknown ones are refused by name
             * @example [
             *       "ticket.create",
             *       "ticket.reply"
             *     ]
             */
            permissions: ("ticket.create" | "ticket.edit" | "ticket.assign" | "ticket.transfer" | "ticket.reply" | "ticket.close" | "ticket.delete" | "ticket.merge" | "ticket.link" | "task.create" | "task.edit" | "task.assign" | "task.transfer" | "task.reply" | "task.close" | "task.delete" | "faq.manage" | "canned.manage" | "topics.manage" | "filters.manage" | "members.manage" | "stats.agents")[];
        };
        CreateScheduleRequest: {
            /**
             * @description closed days: 'YYYY-MM-DD' once, '--MM-DD' every year
             * @example [
             *       "2026-12-08",
             *       "--12-25"
             *     ]
             */
            holidays?: string[];
            /** @example Office hours */
            name: string;
            /**
             * @description an IANA time zone
             * @example Europe/Madrid
             */
            timeZone: string;
            week: components["schemas"]["WeekHours"];
        };
        CreateSlaPlanRequest: {
            /** @example 240 */
            firstResponseMinutes: number;
            /**
             * @default 0
             * @example 30
             */
            graceMinutes: number;
            /**
             * @description for tickets whose help topic has no plan; at most one
             * @default false
             */
            isDefault: boolean;
            /** @example Exams period */
            name: string;
            /**
             * @description the clock stops while the ticket's status is in the pending state
             * @default true
             */
            pauseWhenPending: boolean;
            /**
             * @description not shorter than the first-response target
             * @example 1440
             */
            resolutionMinutes: number;
            /**
             * Format: uuid
             * @description the business hours the clock runs on (admin/schedules); null: around the clock in the instance's time zone
             */
            scheduleId?: string | null;
            /**
             * @description warn when this percentage of a target has run; null: no warning
             * @default 75
             * @example 75
             */
            warnPercent: number | null;
        };
        CreateStatusRequest: {
            /**
             * @description new tickets start here; must be in the state new or open
             * @default false
             */
            isDefault: boolean;
            /** @example Waiting for documents */
            name: string;
            /**
             * @description what requesters see; the name when left out
             * @example We are waiting for your documents
             */
            requesterLabel?: string;
            /**
             * @description position in lists; after the last when left out
             * @example 3
             */
            sortOrder?: number;
            /**
             * @description what the workflow does with tickets in it
             * @example pending
             * @enum {string}
             */
            state: "new" | "open" | "pending" | "resolved" | "closed";
        };
        CreateTaskRequest: {
            /** Format: uuid */
            assigneeStaffId?: string | null;
            /** Format: uuid */
            assigneeTeamId?: string | null;
            /**
             * Format: uuid
             * @description the department the task belongs to; task.create there
             */
            departmentId: string;
            /** @example The spare toner is in the store room. */
            description?: string;
            /**
             * Format: date-time
             * @example 2026-12-04T12:00:00Z
             */
            dueAt?: string | null;
            /**
             * @description the ticket the task belongs to (one you see); standalone without
             * @example suport#310
             */
            ticket?: string;
            /** @example Replace the toner of printer B3 */
            title: string;
        };
        CreateTeamRequest: {
            /**
             * @description a ticket given to the team also gets one of its agents: in turn (round_robin), or the one with fewest open tickets (least_loaded)
             * @default none
             * @example round_robin
             * @enum {string}
             */
            assignment: "none" | "round_robin" | "least_loaded";
            /**
             * @description inactive teams get no tickets and give no access
             * @default true
             */
            isActive: boolean;
            /**
             * Format: uuid
             * @description an agent; becomes a member
             */
            leadStaffId?: string | null;
            /**
             * @description automatic assignment passes by agents with this many open tickets; null: no cap
             * @example 15
             */
            maxOpenPerAgent?: number | null;
            /** @example Second line */
            name: string;
        };
        CreateTenantRequest: {
            /** @description a configuration file (another instance's export): applied over the defaults in the same transaction, so the instance is created with it or not at all */
            configuration?: components["schemas"]["ConfigurationFileRequest"];
            /**
             * @default en
             * @enum {string}
             */
            defaultLanguage: "en" | "ca" | "es" | "de" | "nl";
            manager: components["schemas"]["NewManagerRequest"];
            /** @example ETSETB student office */
            name: string;
            /**
             * @description lowercase letters, digits and hyphens, 3-40 characters, not reserved
             * @example etsetb
             */
            slug: string;
            /**
             * @default UTC
             * @example Europe/Madrid
             */
            timezone: string;
        };
        CreateTicketFilterRequest: {
            /** @description at least one, run in order */
            actions: components["schemas"]["FilterActionDto"][];
            /** @description at least one */
            conditions: components["schemas"]["FilterConditionDto"][];
            /**
             * Format: uuid
             * @description null or absent: instance-wide (managers). A department's filter (filters.manage there) runs after the instance's on the tickets that would open in that department, and keeps them there
             * @example 0193a4e2-5b7c-7def-8a12-3456789abcde
             */
            departmentId?: string | null;
            /**
             * @description an inactive filter does nothing
             * @default true
             */
            isActive: boolean;
            /**
             * @description all conditions must hold, or any one
             * @example all
             * @enum {string}
             */
            match: "all" | "any";
            /** @example Example Corp to Sales */
            name: string;
            /**
             * @description where it runs among the filters of its scope, 1 first; absent on a new filter: after the others. The others move to make room
             * @example 1
             */
            position?: number;
        };
        CreateTicketRequest: {
            /** Format: uuid */
            assigneeStaffId?: string;
            /** Format: uuid */
            assigneeTeamId?: string;
            /** @description collaborators (CC) by address */
            collaborators?: components["schemas"]["PersonRequest"][];
            /**
             * @description values of the help topic’s fields (GET help-topics/{id}/fields) by key; 400 naming customData.<key> for an unknown field, a value it does not take or a missing required one
             * @example {
             *       "building": "north"
             *     }
             */
            customData?: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description defaults to the help topic’s, then the agent’s primary department
             */
            departmentId?: string;
            /**
             * Format: date-time
             * @description defaults to the SLA plan’s resolution target
             * @example 2026-12-01T12:00:00Z
             */
            dueAt?: string;
            /** Format: uuid */
            helpTopicId?: string;
            /**
             * @description with urgency, picks the priority when the instance uses the matrix
             * @enum {number}
             */
            impact?: 1 | 2 | 4 | 8;
            /** @default false */
            isConfidential: boolean;
            /** @example Called at 9:10: nobody in A2 can connect since this morning. */
            message: string;
            /**
             * Format: uuid
             * @description defaults to the topic’s, the matrix’s, then the instance default
             */
            priorityId?: string;
            /** @description required unless source is internal */
            requester?: components["schemas"]["PersonRequest"];
            /**
             * @description how the request reached the agent; internal: the agent’s own ticket. Required for agents; with an API key the source is always api
             * @enum {string}
             */
            source?: "phone" | "walk_in" | "other" | "internal";
            /**
             * Format: uuid
             * @description a status in state new, open or pending
             */
            statusId?: string;
            /** @example Wi-Fi down in room A2 */
            subject: string;
            /**
             * @default incident
             * @enum {string}
             */
            type: "incident" | "service_request" | "problem" | "change";
            /** @enum {number} */
            urgency?: 1 | 2 | 4 | 8;
        };
        CreateTimeRuleRequest: {
            /** @description at least one, run in order */
            actions: components["schemas"]["TimeRuleActionDto"][];
            /**
             * @description what the ticket has been for the wait: in a state, in a status, unassigned (and not done), or waiting for its requester since an agent’s public response (and not done)
             * @example state
             * @enum {string}
             */
            condition: "state" | "status" | "unassigned" | "awaiting-requester";
            /**
             * Format: uuid
             * @description only tickets of this department
             * @example null
             */
            departmentId?: string | null;
            /**
             * Format: uuid
             * @description only tickets of this help topic
             * @example null
             */
            helpTopicId?: string | null;
            /**
             * @description an inactive rule does nothing; switched on again, it takes the tickets in its condition
             * @default true
             * @example true
             */
            isActive: boolean;
            /** @example Pending a week: remind */
            name: string;
            /**
             * Format: uuid
             * @description only tickets of this priority
             * @example null
             */
            priorityId?: string | null;
            /**
             * @description the state, for the condition state
             * @example pending
             * @enum {string|null}
             */
            state?: "new" | "open" | "pending" | "resolved" | "closed" | null;
            /**
             * Format: uuid
             * @description the status, for the condition status
             * @example null
             */
            statusId?: string | null;
            /**
             * @description only tickets with this tag
             * @example null
             */
            tag?: string | null;
            /**
             * @description how long, in calendar time, from when the ticket entered the condition
             * @example 7
             */
            waitAmount: number;
            /**
             * @example days
             * @enum {string}
             */
            waitUnit: "minutes" | "hours" | "days";
        };
        CreateTriggerRequest: {
            /** @description at least one, run in order */
            actions: components["schemas"]["TriggerActionDto"][];
            /** @description none: it runs on every event it names */
            conditions: components["schemas"]["TriggerConditionDto"][];
            /**
             * @description the ticket events it runs on: at least one
             * @example [
             *       "requester-reply"
             *     ]
             */
            events: ("created" | "requester-reply" | "agent-reply" | "note" | "status" | "priority" | "assignment" | "department" | "sla-warning" | "sla-breach" | "task-closed")[];
            /**
             * @description an inactive trigger does nothing
             * @default true
             */
            isActive: boolean;
            /**
             * @description all conditions must hold, or any one
             * @example all
             * @enum {string}
             */
            match: "all" | "any";
            /** @example Reply reopens */
            name: string;
            /**
             * @description where it runs, 1 first; absent on a new trigger: after the others. The others move to make room
             * @example 1
             */
            position?: number;
        };
        CreateViewRequest: {
            /**
             * @description in display order, each once
             * @example [
             *       "reference",
             *       "subject",
             *       "status",
             *       "dueAt"
             *     ]
             */
            columns: ("reference" | "subject" | "requester" | "helpTopic" | "department" | "status" | "priority" | "assignee" | "team" | "dueAt" | "lastActivityAt" | "createdAt")[];
            /** @description the queue and filters of GET tickets, with its rules; state is a list */
            filters: components["schemas"]["QueueFilters"];
            /**
             * @description unique among my views
             * @example Printers, overdue first
             */
            name: string;
            /**
             * @description display order; default: after my last view
             * @example 0
             */
            position?: number;
            /**
             * @description as GET tickets takes it
             * @example due
             * @enum {string}
             */
            sort: "due" | "-due" | "created" | "-created" | "activity" | "-activity" | "priority" | "-priority";
        };
        CreateWebhookRequest: {
            /**
             * @description an inactive webhook receives nothing
             * @default true
             */
            isActive: boolean;
            /**
             * @description the ticket events it receives; at least one
             * @example [
             *       "ticket.created",
             *       "ticket.message"
             *     ]
             */
            kinds: ("ticket.created" | "ticket.message" | "ticket.response" | "ticket.note" | "ticket.assigned" | "ticket.unassigned" | "ticket.claimed" | "ticket.released" | "ticket.transferred" | "ticket.priority" | "ticket.status" | "ticket.resolved" | "ticket.closed" | "ticket.updated" | "ticket.locked" | "ticket.unlocked" | "ticket.overdue" | "ticket.sla-warning" | "ticket.escalated" | "ticket.time-rule" | "ticket.deleted")[];
            /** @example Chat notifications */
            name: string;
            /**
             * @description http or https, without user name or password
             * @example https://hooks.example.org/tessera
             */
            url: string;
        };
        CustomFieldResponse: {
            /** Format: date-time */
            createdAt: string;
            help: components["schemas"]["LabelRequest"][];
            /** Format: uuid */
            id: string;
            isMultiple: boolean;
            /** @example building */
            key: string;
            labels: components["schemas"]["LabelRequest"][];
            /** Format: uuid */
            listId: string | null;
            /** @enum {string} */
            type: "short_text" | "long_text" | "number" | "date" | "date_time" | "choice" | "checkbox" | "email" | "phone" | "requester" | "agent" | "department" | "organization";
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            visibility: "requester_edit" | "requester_view" | "agents";
        };
        CustomFormResponse: {
            /** Format: date-time */
            createdAt: string;
            fields: components["schemas"]["FormFieldRequest"][];
            helpTopicIds: string[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "ticket" | "requester" | "organization";
            labels: components["schemas"]["LabelRequest"][];
            /** @example Facilities request */
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CustomListResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["ListItemRequest"][];
            /** @example Buildings */
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DeliveryResponse: {
            /**
             * @description the recipient
             * @example marta.soler@example.org
             */
            address: string;
            /**
             * @description the last refusal or error, while retrying or after giving up
             * @example 451 4.3.0 Mailbox temporarily unavailable
             */
            lastError?: string | null;
            /**
             * @description the Message-ID the mail goes out with, without angle brackets; null when it is not sent
             * @example 01938f6e-52d0-7c11-b3a7-0e5f6a7b8c9d.4f1c9a0be27d5c3186a4e0f2@helpdesk.example.org
             */
            messageId?: string | null;
            /**
             * Format: date-time
             * @description when the relay took it
             */
            sentAt?: string | null;
            /**
             * @description pending: waiting for the relay or for a retry; sent: the relay took it; failed: given up; suppressed: not sent, the hourly auto-response cap was reached
             * @enum {string}
             */
            status: "pending" | "sent" | "failed" | "suppressed";
            /**
             * @description the mail: a notice (`ticket.`) or an alert to an agent (`alert.`)
             * @example ticket.response
             * @enum {string}
             */
            template: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit" | "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue" | "requester.registration" | "requester.password-reset" | "requester.invitation" | "requester.ticket-link" | "staff.password-reset";
        };
        DepartmentAdministrationResponse: {
            /**
             * @description departments whose ticket filters the agent keeps
             * @example []
             */
            filters: string[];
            /**
             * @description departments whose members the agent places
             * @example []
             */
            members: string[];
            /**
             * @description departments whose help topics the agent keeps
             * @example [
             *       "0193a4e2-5b7c-7def-8a12-3456789abcde"
             *     ]
             */
            topics: string[];
        };
        DepartmentCountResponse: {
            /**
             * @description visible tickets in the working states (new, open, pending)
             * @example 12
             */
            count: number;
            /** Format: uuid */
            id: string;
            /** @example Support */
            name: string;
        };
        DepartmentMemberRequest: {
            /**
             * Format: uuid
             * @description the agent's role in the department; never one with a permission the caller's role there lacks
             * @example 0193a4e2-5b7c-7def-8a12-3456789abcde
             */
            roleId: string;
        };
        DepartmentMemberResponse: {
            /** @example marta.soler@example.org */
            email: string;
            isActive: boolean;
            /** @description an instance manager: their place is kept by managers */
            isManager: boolean;
            /** @description their primary department: a manager moves them out of it */
            isPrimary: boolean;
            /** @example Marta Soler */
            name: string;
            /** Format: uuid */
            roleId?: string | null;
            /** @example Limited access */
            roleName?: string | null;
            /** Format: uuid */
            staffId: string;
        };
        DepartmentResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description shown to requesters */
            isPublic: boolean;
            /** @example Support */
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DirectorySignIn: {
            /**
             * @description the agent panel takes a directory user name as well as an e-mail address
             * @example false
             */
            agents: boolean;
            /**
             * @description the portal takes a directory user name as well as an e-mail address
             * @example false
             */
            requesters: boolean;
        };
        DueRequest: {
            /**
             * Format: date-time
             * @description null returns to the automatic due date
             * @example 2026-12-01T12:00:00Z
             */
            dueAt: string | null;
        };
        EditTicketRequest: {
            /**
             * @description merged into the ticket’s values, checked against its help topic’s fields; a null value removes one (refused for a required field)
             * @example {
             *       "building": "north",
             *       "room": null
             *     }
             */
            customData?: {
                [key: string]: unknown;
            };
            /** @description confidential tickets are seen only by the members of their department */
            isConfidential?: boolean;
            /** @example Wi-Fi down in rooms A2 and A3 */
            subject?: string;
            /** @enum {string} */
            type?: "incident" | "service_request" | "problem" | "change";
        };
        EnrolmentResponse: {
            /** @example otpauth://totp/Demo%3Aanna%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Demo&algorithm=SHA1&digits=6&period=30 */
            otpauthUri: string;
            /**
             * @description the URI as a QR code: an SVG image as a data: URL
             * @example data:image/svg+xml;base64,PHN2Zy8+
             */
            qrCode: string;
            /**
             * @description the shared secret in base32, to type into an app that cannot scan
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
        };
        EntryResponse: {
            /** @description download each at attachments/{id} of the ticket */
            attachments: components["schemas"]["AttachmentResponse"][];
            author: components["schemas"]["AuthorResponse"];
            /** @example We replaced the access point; please try again. */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @example {
             *       "from": {
             *         "id": "01938f6e-52d0-7c11-b3a7-0e5f6a7b8c9d",
             *         "name": "Support"
             *       },
             *       "to": {
             *         "id": "01938f6e-5301-7b2e-8c55-6a1d3e9f0a22",
             *         "name": "Network"
             *       }
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /** @description the mails sent about this entry (notices to requesters, alerts to agents), oldest first */
            deliveries: components["schemas"]["DeliveryResponse"][];
            /** @example assigned */
            event?: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "message" | "response" | "note" | "event";
            /** @enum {string} */
            visibility: "public" | "internal" | "restricted";
        };
        EscalationLineRequest: {
            /** @description in order; an empty list removes the line */
            steps: components["schemas"]["EscalationStepRequest"][];
        };
        EscalationLineResponse: {
            steps: components["schemas"]["EscalationStepResponse"][];
        };
        EscalationStepRequest: {
            /**
             * @description what the step counts from: the ticket's first breach or first warning
             * @example breach
             * @enum {string}
             */
            after: "breach" | "warning";
            /**
             * Format: uuid
             * @description assign to this agent
             */
            assignStaffId?: string | null;
            /**
             * Format: uuid
             * @description assign to this team
             */
            assignTeamId?: string | null;
            /**
             * @description business minutes after it, on the plan’s schedule
             * @example 60
             */
            minutes: number;
            /**
             * @description mail the escalation alert to the manager of the ticket's department
             * @default false
             * @example true
             */
            notifyDepartmentManager: boolean;
            /**
             * @description mail the escalation alert to these agents
             * @example [
             *       "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
             *     ]
             */
            notifyStaffIds?: string[];
            /**
             * @description raise the priority to the next more urgent one
             * @default false
             */
            raisePriority: boolean;
            /**
             * Format: uuid
             * @description transfer to this department (2nd / 3rd line)
             */
            transferDepartmentId?: string | null;
        };
        EscalationStepResponse: {
            /**
             * @example breach
             * @enum {string}
             */
            after: "breach" | "warning";
            /** Format: uuid */
            assignStaffId?: string | null;
            /** Format: uuid */
            assignTeamId?: string | null;
            /** Format: uuid */
            id: string;
            /** @example 60 */
            minutes: number;
            /** @example false */
            notifyDepartmentManager: boolean;
            /**
             * @example [
             *       "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
             *     ]
             */
            notifyStaffIds: string[];
            /**
             * @description 1 first
             * @example 1
             */
            position: number;
            /** @example true */
            raisePriority: boolean;
            /** Format: uuid */
            transferDepartmentId?: string | null;
        };
        FieldItemResponse: {
            labels: components["schemas"]["FieldLabelResponse"][];
            /** @example north */
            value: string;
        };
        FieldLabelResponse: {
            /**
             * @example en
             * @enum {string}
             */
            language: "en" | "ca" | "es" | "de" | "nl";
            /** @example Building */
            text: string;
        };
        FieldValueResponse: {
            field: components["schemas"]["FormFieldResponse"];
            /**
             * @description the name a requester, agent, department or organization field names
             * @example Facilities
             */
            text: string | null;
            /**
             * @description as kept in customData
             * @example north
             */
            value: Record<string, never>;
        };
        FilledCannedResponseResponse: {
            /**
             * @description the text with the ticket's values
             * @example Dear Marta Soler,
             *
             *     You can choose a new password at https://id.example.org/reset.
             */
            body: string;
            /** Format: uuid */
            id: string;
            /** @example Password reset */
            title: string;
        };
        FilterActionDto: {
            /**
             * @description what the filter does; stop: no later filter runs
             * @example set-department
             * @enum {string}
             */
            kind: "reject" | "set-department" | "set-help-topic" | "set-priority" | "set-sla-plan" | "set-status" | "set-type" | "assign-agent" | "assign-team" | "disable-auto-response" | "send-canned-response" | "add-collaborators" | "add-tags" | "stop";
            /**
             * @description the id it sets (a department, help topic, priority, SLA plan, status, agent, team or canned response of this instance), or the addresses add-collaborators adds; none for reject, disable-auto-response and stop
             * @example 0193a4e2-5b7c-7def-8a12-3456789abcde
             */
            value?: string | null;
        };
        FilterConditionDto: {
            /**
             * @description what the condition looks at; to and cc hold when one address does
             * @example from.domain
             * @enum {string}
             */
            field: "from.address" | "from.domain" | "from.name" | "to" | "cc" | "subject" | "body" | "header" | "mailbox" | "channel" | "help-topic" | "priority" | "tag" | "organization" | "custom-field";
            /**
             * @description the header, for the field header
             * @example X-Priority
             */
            header?: string | null;
            /**
             * @description the key of the ticket's custom data, for the field custom-field
             * @example contract_number
             */
            key?: string | null;
            /**
             * @description case-insensitive; regex and not-regex take an RE2 pattern (no lookaround, no backreferences)
             * @example equals
             * @enum {string}
             */
            operator: "equals" | "not-equals" | "contains" | "not-contains" | "starts" | "ends" | "regex" | "not-regex";
            /**
             * @description the text compared; for mailbox, help-topic and priority an id; for channel mail, portal, agent or api; for organization a name or an id; for custom-field the value (each item of a list)
             * @example example.org
             */
            value: string;
        };
        FilterSampleDto: {
            /** @example Please find the invoice attached. */
            body?: string;
            /**
             * @example [
             *       "boss@example.org"
             *     ]
             */
            cc?: string[];
            /**
             * @default mail
             * @example mail
             * @enum {string}
             */
            channel: "mail" | "portal" | "agent" | "api";
            /**
             * @description the ticket's custom data, by key
             * @example {
             *       "contract_number": "C-2041"
             *     }
             */
            customData?: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description the department the channel names (a mailbox's): its filters run after the instance's
             * @example 0193a4e2-5b7c-7def-8a12-3456789abcde
             */
            departmentId?: string | null;
            from: components["schemas"]["FilterSenderDto"];
            /**
             * @description header name to value
             * @example {
             *       "X-Priority": "1"
             *     }
             */
            headers?: {
                [key: string]: string;
            };
            /** Format: uuid */
            helpTopicId?: string | null;
            /**
             * Format: uuid
             * @description the mailbox it came to
             */
            mailboxId?: string | null;
            /** Format: uuid */
            priorityId?: string | null;
            /** @example Invoice 2026-114 */
            subject?: string;
            /**
             * @description tags the ticket is given at creation
             * @example [
             *       "vip"
             *     ]
             */
            tags?: string[];
            /**
             * @example [
             *       "support@example.net"
             *     ]
             */
            to?: string[];
        };
        FilterSenderDto: {
            /** @example ana@example.org */
            address: string;
            /** @example Ana Vidal */
            name?: string | null;
        };
        FormFieldRequest: {
            /** Format: uuid */
            fieldId: string;
            /**
             * @description a required check box must be ticked; mail-opened tickets are not held to it
             * @default false
             */
            required: boolean;
        };
        FormFieldResponse: {
            help: components["schemas"]["FieldLabelResponse"][];
            /** Format: uuid */
            id: string;
            /** @description a choice taking several values */
            isMultiple: boolean;
            /** @description a choice’s values in order */
            items: components["schemas"]["FieldItemResponse"][];
            /**
             * @description its value’s name in customData
             * @example building
             */
            key: string;
            labels: components["schemas"]["FieldLabelResponse"][];
            required: boolean;
            /** @enum {string} */
            type: "short_text" | "long_text" | "number" | "date" | "date_time" | "choice" | "checkbox" | "email" | "phone" | "requester" | "agent" | "department" | "organization";
            /** @enum {string} */
            visibility: "requester_edit" | "requester_view" | "agents";
        };
        GuestLinkRequest: {
            /**
             * @description the address of the ticket's requester or a collaborator, which the link goes to
             * @example marta.soler@example.org
             */
            email: string;
            /**
             * @description the ticket reference
             * @example suport#310
             */
            reference: string;
        };
        GuestRequest: {
            /**
             * @description the address of the ticket's requester or a collaborator, which the link goes to
             * @example marta.soler@example.org
             */
            email: string;
            /**
             * @description the ticket reference
             * @example suport#310
             */
            reference: string;
            /**
             * @description the guest link token
             * @example tsg_Q2hlY2tpbmcgdGhlIGd1ZXN0IGxpbmsgdG9rZW4gZm9yIGE
             */
            token: string;
        };
        GuestSessionResponse: {
            /**
             * @description browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests
             * @example Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0
             */
            csrfToken?: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * @description the ticket it opens (a merged ticket leads to the one it was merged into)
             * @example suport#310
             */
            reference: string;
            /**
             * @description a session for this ticket only; send as Authorization: Bearer <token>; absent for browser sessions
             * @example tsr_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk
             */
            token: string;
        };
        HelpTopicResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            isPublic: boolean;
            /** @example General inquiry */
            name: string;
            /** Format: uuid */
            parentId?: string | null;
            /** Format: uuid */
            priorityId?: string | null;
            /** Format: uuid */
            slaPlanId?: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        InboundMailResponse: {
            /**
             * @description true when the message opened a new ticket
             * @example true
             */
            created: boolean;
            /**
             * @description true when this Message-ID had been received before: nothing changed
             * @example false
             */
            duplicate: boolean;
            /**
             * @description what the message is
             * @enum {string}
             */
            kind: "human" | "auto-reply" | "bounce" | "list" | "own" | "unparseable";
            /**
             * @description the Message-ID, without brackets
             * @example CAF=x1y2@mail.example.org
             */
            messageId: string;
            /**
             * @description the ticket the message went into
             * @example suport#310
             */
            reference: string | null;
            /**
             * @description accepted: into a ticket; flagged: kept for an agent; dropped: our own mail; refused: over the open-ticket limit
             * @enum {string}
             */
            status: "accepted" | "flagged" | "dropped" | "refused";
        };
        InboundTokenResponse: {
            /**
             * @description shown this once; the MTA sends it as Authorization: Bearer <token>
             * @example tsm_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk
             */
            token: string;
        };
        InstanceSummary: {
            /** @example en */
            defaultLanguage: string;
            /** @example Demo helpdesk */
            name: string;
            /** @example demo */
            slug: string;
            /** @example Europe/Madrid */
            timezone: string;
        };
        InvitationResponse: {
            /**
             * @description where the invitation is mailed
             * @example marta.soler@example.org
             */
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            requesterId: string;
        };
        LabelRequest: {
            /**
             * @example en
             * @enum {string}
             */
            language: "en" | "ca" | "es" | "de" | "nl";
            /** @example Building */
            text: string;
        };
        LdapDirectoryRequest: {
            /**
             * Format: uuid
             * @description where a new agent works when the directory names no known department
             * @example 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b
             */
            agentDepartmentId?: string | null;
            /**
             * Format: uuid
             * @description the role of a new agent; required to provision agents
             * @example 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c
             */
            agentRoleId?: string | null;
            /**
             * @description a first successful sign-in creates the account
             * @default false
             * @example true
             */
            autoProvision: boolean;
            /**
             * @description the service account; null: anonymous search
             * @example cn=tessera,ou=services,dc=example,dc=org
             */
            bindDn?: string | null;
            /**
             * @description write-only, stored sealed; left out: kept; null: removed
             * @example service account password
             */
            bindPassword?: string | null;
            /**
             * @description matched against department names
             * @default departmentNumber
             * @example departmentNumber
             */
            departmentAttribute: string | null;
            /**
             * @default mail
             * @example mail
             */
            emailAttribute: string;
            /**
             * @description agents sign in through the directory
             * @default true
             * @example true
             */
            forAgents: boolean;
            /**
             * @description requesters sign in to the portal through the directory
             * @default false
             * @example false
             */
            forRequesters: boolean;
            /**
             * @description off: nobody signs in through the directory
             * @default true
             * @example true
             */
            isActive: boolean;
            /**
             * @default cn
             * @example cn
             */
            nameAttribute: string;
            /**
             * @default telephoneNumber
             * @example telephoneNumber
             */
            phoneAttribute: string | null;
            /**
             * @description the portal takes no self-registration; requesters sign in with the directory
             * @default false
             * @example false
             */
            portalLdapOnly: boolean;
            /** @example ou=people,dc=example,dc=org */
            searchBase: string;
            /**
             * @description {{username}} is replaced by the typed name, escaped (RFC 4515)
             * @example (&(objectClass=inetOrgPerson)(|(uid={{username}})(mail={{username}})))
             */
            searchFilter: string;
            /**
             * @description upgrade an ldap:// connection with StartTLS before binding
             * @default false
             * @example false
             */
            startTls: boolean;
            /**
             * @description ldap:// or ldaps://, host and optional port only
             * @example ldaps://ldap.example.org
             */
            url: string;
        };
        LdapDirectoryResponse: {
            /**
             * Format: uuid
             * @example 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b
             */
            agentDepartmentId?: string | null;
            /**
             * Format: uuid
             * @example 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c
             */
            agentRoleId?: string | null;
            /** @example true */
            autoProvision: boolean;
            /** @example cn=tessera,ou=services,dc=example,dc=org */
            bindDn?: string | null;
            /** @example departmentNumber */
            departmentAttribute?: string | null;
            /** @example mail */
            emailAttribute: string;
            /** @example true */
            forAgents: boolean;
            /** @example false */
            forRequesters: boolean;
            /**
             * @description the password itself is never returned
             * @example true
             */
            hasBindPassword: boolean;
            /** @example true */
            isActive: boolean;
            /** @example cn */
            nameAttribute: string;
            /** @example telephoneNumber */
            phoneAttribute?: string | null;
            /** @example false */
            portalLdapOnly: boolean;
            /** @example ou=people,dc=example,dc=org */
            searchBase: string;
            /** @example (uid={{username}}) */
            searchFilter: string;
            /** @example false */
            startTls: boolean;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            updatedAt: string;
            /** @example ldaps://ldap.example.org */
            url: string;
        };
        LdapPersonResponse: {
            /** @example Support */
            department?: string | null;
            /** @example uid=marta,ou=people,dc=example,dc=org */
            dn: string;
            /** @example marta.puig@example.org */
            email?: string | null;
            /** @example Marta Puig */
            name?: string | null;
            /** @example +34 600 000 001 */
            phone?: string | null;
        };
        LdapTestResponse: {
            /** @description the first people the filter finds, as they would be mapped */
            sample: components["schemas"]["LdapPersonResponse"][];
            /** @example The service account signed in and the filter found 3 people (at most 5 are shown) */
            summary: string;
        };
        LinkRequest: {
            /**
             * @description what this ticket is to the other one
             * @enum {string}
             */
            kind: "child_of" | "parent_of" | "related" | "duplicate_of";
            /** @example suport#311 */
            reference: string;
        };
        LinkResponse: {
            /** @enum {string} */
            kind: "child_of" | "parent_of" | "related" | "duplicate_of" | "duplicated_by";
            /** @example suport#311 */
            reference: string;
            /** @example Wi-Fi down in the whole building */
            subject: string;
        };
        LinkTokenRequest: {
            /**
             * @description the token from the mailed link
             * @example tsl_3k9Qz0Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM
             */
            token: string;
        };
        ListItemRequest: {
            /**
             * @description without one in a language: the English label, else the value
             * @example [
             *       {
             *         "language": "en",
             *         "text": "North wing"
             *       }
             *     ]
             */
            labels: components["schemas"]["LabelRequest"][];
            /**
             * @description kept in the ticket; unique in the list
             * @example north
             */
            value: string;
        };
        LockResponse: {
            /** Format: date-time */
            expiresAt: string;
            /** @description who is replying */
            lockedBy: components["schemas"]["NamedResponse"];
        };
        LoginRequest: {
            /**
             * @description the e-mail address, or the directory user name where the instance uses LDAP
             * @example manager@demo.example
             */
            email: string;
            /** @example a long passphrase */
            password: string;
        };
        LoginResponse: {
            /**
             * @description browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests
             * @example Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0
             */
            csrfToken?: string;
            /**
             * Format: date-time
             * @description the session's expiry; absent while a second factor is asked for
             * @example 2026-12-07T18:00:00.000Z
             */
            expiresAt?: string;
            /**
             * @description after setting up a second factor during sign-in: the recovery codes, shown this once
             * @example [
             *       "ABCDE-23456"
             *     ]
             */
            recoveryCodes?: string[];
            /** @description the password was right; this second step (a code, or setting one up) gives the session */
            secondFactor?: components["schemas"]["SecondFactorChallenge"];
            /** @description absent while a second factor is asked for */
            staff?: components["schemas"]["StaffResponse"];
            /**
             * @description send as Authorization: Bearer <token> on this instance only; absent for browser sessions
             * @example tss_9hQ0Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o
             */
            token?: string;
        };
        LogoRequest: {
            /**
             * @description must be what the bytes are
             * @example image/png
             * @enum {string}
             */
            contentType: "image/png" | "image/jpeg" | "image/gif" | "image/webp";
            /**
             * @description the image, base64; 256 KiB at most
             * @example iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
             */
            data: string;
        };
        LogoResponse: {
            /** @example /api/v1/t/demo/portal/logo?v=1767225600000 */
            logoUrl: string;
        };
        MailboxResponse: {
            /** @example suport@etsetb.example.edu */
            address: string;
            /** @enum {string} */
            afterFetch: "seen" | "move" | "delete";
            /** @example Tessera */
            afterFetchFolder?: string | null;
            autoResponse: boolean;
            /**
             * @description failed fetches in a row
             * @example 0
             */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            departmentId: string;
            /** @example 300 */
            fetchIntervalSeconds: number;
            /** @description whether an MTA pipe token exists */
            hasInboundToken: boolean;
            /** @description whether a password is stored (it is never returned) */
            hasPassword: boolean;
            /** Format: uuid */
            helpTopicId?: string | null;
            /** Format: uuid */
            id: string;
            /** @example INBOX */
            imapFolder: string;
            /** @example imap.example.edu */
            imapHost?: string | null;
            /** @example 993 */
            imapPort?: number | null;
            /** @enum {string} */
            imapSecurity: "tls" | "starttls" | "none";
            /** @example suport */
            imapUser?: string | null;
            isActive: boolean;
            /**
             * @description why the last fetch failed
             * @example Login failed: authentication rejected
             */
            lastError?: string | null;
            /** Format: date-time */
            lastErrorAt?: string | null;
            /**
             * Format: date-time
             * @description the last successful fetch
             */
            lastFetchAt?: string | null;
            /** @example Student office */
            name: string;
            /**
             * Format: date-time
             * @description when the mailbox is fetched next if not at its interval: a failing one backs off; null: one interval after the last fetch
             */
            nextFetchAt?: string | null;
            /** Format: uuid */
            priorityId?: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        MailLogPageResponse: {
            items: components["schemas"]["MailLogResponse"][];
            /**
             * @description pass as ?cursor= for the next page
             * @example MDE5MzhmNmUtNTMwMS03YjJlLThjNTUtNmExZDNlOWYwYTIy
             */
            nextCursor?: string | null;
        };
        MailLogResponse: {
            /**
             * @description the sender
             * @example marta.soler@example.org
             */
            address: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "human" | "auto-reply" | "bounce" | "list" | "own" | "unparseable";
            /**
             * Format: uuid
             * @description the mailbox it came in through
             */
            mailboxId: string | null;
            /**
             * @description the Message-ID, without brackets
             * @example CAF=x1y2@mail.example.org
             */
            messageId: string;
            /**
             * @description why, for a person
             * @example [
             *       "bounce-unmatched: a delivery report for x@example.org that concerns no known ticket"
             *     ]
             */
            problems: string[];
            /** Format: date-time */
            receivedAt: string | null;
            /**
             * @description the ticket it went into
             * @example suport#310
             */
            reference: string | null;
            /**
             * Format: date-time
             * @description when someone reviewed it (flagged mail)
             */
            reviewedAt: string | null;
            /** Format: uuid */
            reviewedByStaffId: string | null;
            /** @enum {string} */
            status: "accepted" | "flagged" | "dropped" | "refused";
            /** @example Printer on fire */
            subject: string;
        };
        ManagerSummary: {
            /** @example anna.puig@example.org */
            email: string;
            /** Format: uuid */
            id: string;
            /** @example Anna Puig */
            name: string;
        };
        MeResponse: {
            administers: components["schemas"]["DepartmentAdministrationResponse"];
            /**
             * @description browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests
             * @example Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0
             */
            csrfToken?: string;
            instance: components["schemas"]["InstanceSummary"];
            staff: components["schemas"]["StaffResponse"];
        };
        MergeRequest: {
            /**
             * @description the reference of the ticket that stays
             * @example suport#311
             */
            into: string;
        };
        MessageRequest: {
            /** @example The printer on the second floor is fixed; please try again. */
            message: string;
        };
        NamedResponse: {
            /** Format: uuid */
            id: string;
            /** @example Support */
            name: string;
        };
        NewManagerRequest: {
            /** @example anna.puig@example.org */
            email: string;
            /** @example Anna Puig */
            name: string;
            /** @example a long passphrase */
            password: string;
        };
        NewPasswordRequest: {
            /**
             * @description 10 to 256 characters
             * @example a long passphrase
             */
            password: string;
            /**
             * @description the token from the mailed link
             * @example tsl_3k9Qz0Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM
             */
            token: string;
        };
        NewPortalTicketRequest: {
            /**
             * @description people to copy (at most 20)
             * @example [
             *       "jordi.vila@example.org"
             *     ]
             */
            collaborators?: string[];
            /**
             * @description values of the topic’s fields (GET portal/help-topics/{id}/fields) by key; 400 naming customData.<key> for a missing required field or a value it does not take
             * @example {
             *       "building": "north",
             *       "room": "2.14"
             *     }
             */
            customData?: {
                [key: string]: unknown;
            };
            /**
             * @description without a session: your e-mail address
             * @example marta.soler@example.org
             */
            email?: string;
            /**
             * Format: uuid
             * @description one of GET portal/help-topics
             */
            helpTopicId: string;
            /** @example Since Monday every second page jams. */
            message: string;
            /**
             * @description without a session: your name
             * @example Marta Soler
             */
            name?: string;
            /** @example The printer on the 2nd floor jams */
            subject: string;
        };
        NewPortalTicketResponse: {
            /** @description opened without a session: only what the caller sent; the guest link goes to the address by mail */
            ticket: components["schemas"]["PortalTicketResponse"];
        };
        NoteRequest: {
            /** @example The printer on the second floor is fixed; please try again. */
            message: string;
            /**
             * @description restricted notes are read by the ticket's department members only
             * @default false
             */
            restricted: boolean;
        };
        NoticeChangeRequest: {
            enabled: boolean;
            /** @enum {string} */
            key: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit";
        };
        NoticeSettingResponse: {
            enabled: boolean;
            /** @description as shipped */
            isDefault: boolean;
            /** @enum {string} */
            key: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit";
        };
        OpeningHours: {
            /**
             * @description local time, HH:MM
             * @example 09:00
             */
            from: string;
            /**
             * @description local time, HH:MM, after from; 24:00 is the end of the day
             * @example 17:00
             */
            to: string;
        };
        OrganizationResponse: {
            autoAddMembers: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * @example [
             *       "etsetb.upc.edu"
             *     ]
             */
            domains: string[];
            /** Format: uuid */
            id: string;
            membersSeeAll: boolean;
            /** @example ETSETB */
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OrganizationSummary: {
            /** Format: uuid */
            id: string;
            /** @example Physics department */
            name: string;
        };
        OrganizationSummaryResponse: {
            /** Format: uuid */
            id: string;
            /** @example ETSETB */
            name: string;
        };
        OwnPreferencesRequest: {
            /**
             * @example ca
             * @enum {string|null}
             */
            language: "en" | "ca" | "es" | "de" | "nl" | null;
        };
        PageRequest: {
            /**
             * @description HTML: formatting, headings, lists, tables, links and data: images are kept; anything that could run or load from elsewhere is removed
             * @example <p>We answer on working days from 8 to 18. Urgent? Call <a href="tel:+34930000000">93 000 00 00</a>.</p>
             */
            body: string;
            /** @example Welcome to the IT helpdesk */
            title: string;
        };
        PageResponse: {
            /**
             * @description as kept: sanitised
             * @example <p>We answer on working days from 8 to 18.</p>
             */
            body: string;
            /**
             * @example landing
             * @enum {string}
             */
            kind: "landing" | "thank-you" | "offline";
            /**
             * @example en
             * @enum {string}
             */
            language: "en" | "ca" | "es" | "de" | "nl";
            /** @example Welcome to the IT helpdesk */
            title: string;
            /**
             * Format: date-time
             * @example 2026-01-02T10:00:00.000Z
             */
            updatedAt: string;
        };
        PasswordResetRequest: {
            /** @example marta.soler@example.org */
            email: string;
        };
        PersonName: {
            /** @example Marta Soler */
            name: string;
        };
        PersonRequest: {
            /** @example joan.serra@example.org */
            email?: string;
            /**
             * Format: uuid
             * @description an existing requester
             */
            id?: string;
            /** @example Joan Serra */
            name?: string;
            /** @example +34 934 01 00 00 */
            phone?: string;
        };
        PersonResponse: {
            /** @example joan.serra@example.org */
            email?: string | null;
            /** Format: uuid */
            id: string;
            /** @example Support */
            name: string;
        };
        PortalActionsResponse: {
            /** @description the caller may close the ticket */
            close: boolean;
            /** @description the caller may rate the ticket */
            rate: boolean;
            /** @description the caller may reopen the ticket */
            reopen: boolean;
        };
        PortalAuthorResponse: {
            /** @enum {string} */
            kind: "requester" | "agent";
            /** @example Anna Puig */
            name: string;
        };
        PortalEventDetailsResponse: {
            /**
             * @description status events: the former status, as requesters see it
             * @example We are working on it
             */
            from?: string | null;
            /** @description collaborators added or removed */
            names?: string[];
            /** @example 4 */
            rating?: number;
            /**
             * @description status events: the new status
             * @example Solved
             */
            to?: string | null;
        };
        PortalInstanceResponse: {
            /**
             * @description the organization the helpdesk serves; null: the instance’s name
             * @example Universitat Exemple
             */
            companyName: string | null;
            /** @example en */
            defaultLanguage: string;
            /** @description who may sign in with a user name of the instance's LDAP directory */
            directorySignIn: components["schemas"]["DirectorySignIn"];
            /** @description whether people without an account may open tickets in the portal (false where registration is invitation) */
            guestTickets: boolean;
            /**
             * @description the languages the product ships
             * @example [
             *       "en",
             *       "ca",
             *       "es",
             *       "de",
             *       "nl"
             *     ]
             */
            languages: ("en" | "ca" | "es" | "de" | "nl")[];
            /**
             * @description the instance’s logo; null: none
             * @example /api/v1/t/demo/portal/logo?v=1767225600000
             */
            logoUrl: string | null;
            /** @example Demo helpdesk */
            name: string;
            /**
             * @description false: the portal shows its offline page and takes no tickets
             * @example true
             */
            portalOnline: boolean;
            /**
             * @description the colour of buttons and links; null: the product’s
             * @example #1c5d99
             */
            primaryColor: string | null;
            /**
             * @description open: anyone may register; closed and invitation: accounts come from invitations
             * @enum {string}
             */
            registration: "open" | "closed" | "invitation";
            /** @example demo */
            slug: string;
            /** @example Europe/Madrid */
            timezone: string;
        };
        PortalPage: {
            /**
             * @description sanitised HTML
             * @example <p>We answer on working days from 8 to 18.</p>
             */
            body: string;
            /**
             * @description the language it is written in
             * @example en
             * @enum {string}
             */
            language: "en" | "ca" | "es" | "de" | "nl";
            /** @example Welcome to the IT helpdesk */
            title: string;
        };
        PortalPagesResponse: {
            /** @description above the new-ticket assistant */
            landing: components["schemas"]["PortalPage"] | null;
            /** @description instead of the portal while it is offline */
            offline: components["schemas"]["PortalPage"] | null;
            /** @description after a new ticket */
            "thank-you": components["schemas"]["PortalPage"] | null;
        };
        PortalRatingResponse: {
            /** @example Quick and friendly. */
            comment?: string | null;
            /** Format: date-time */
            ratedAt: string;
            /** @example 5 */
            value: number;
        };
        PortalReplyRequest: {
            /** @example It jammed again this morning. */
            message: string;
        };
        PortalReplyResponse: {
            entry: components["schemas"]["PortalThreadEntryResponse"];
            /** @description true when the ticket was closed and the reply opened a new, linked ticket */
            followUp: boolean;
            /**
             * @description guest sessions: the follow-up ticket's guest link token
             * @example tsg_7Qx2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9h
             */
            guestToken?: string | null;
            /**
             * @description the ticket that got the reply
             * @example suport#311
             */
            reference: string;
        };
        PortalRequesterResponse: {
            /** Format: uuid */
            id: string;
            /** @example ca */
            language?: string | null;
            /** @example Marta Soler */
            name: string;
        };
        PortalStatusResponse: {
            /**
             * @description the status as requesters see it
             * @example Waiting for your answer
             */
            label: string;
            /** @enum {string} */
            state: "new" | "open" | "pending" | "resolved" | "closed";
        };
        PortalThreadEntryResponse: {
            /** @description download each at attachments/{id} of the ticket */
            attachments: components["schemas"]["AttachmentResponse"][];
            author?: components["schemas"]["PortalAuthorResponse"] | null;
            /** @example It works again, thank you! */
            body: string;
            /** Format: date-time */
            createdAt: string;
            details?: components["schemas"]["PortalEventDetailsResponse"] | null;
            /** @enum {string|null} */
            event?: "created" | "edited" | "assigned" | "claimed" | "released" | "transferred" | "status" | "priority" | "topic" | "due" | "merged" | "linked" | "unlinked" | "collaborator_added" | "collaborator_removed" | "tagged" | "untagged" | "reopened" | "rated" | "sla_warning" | "overdue" | "escalated" | "filtered" | "triggered" | "time_rule" | null;
            /** Format: uuid */
            id: string;
            /**
             * @description message: from a requester; response: from an agent
             * @enum {string}
             */
            kind: "message" | "response" | "event";
        };
        PortalTicketPageResponse: {
            items: components["schemas"]["PortalTicketSummaryResponse"][];
            /** @example WyIyMDI2LTExLTIyVDEwOjAwOjAwLjAwMFoiLCIwMTkzOGY2ZSJd */
            nextCursor?: string | null;
        };
        PortalTicketResponse: {
            actions: components["schemas"]["PortalActionsResponse"];
            collaborators: components["schemas"]["PersonName"][];
            /** Format: date-time */
            createdAt: string;
            /** @description the filled-in fields the requester may see */
            fields: components["schemas"]["FieldValueResponse"][];
            /** @example Printing */
            helpTopic?: string | null;
            rating?: components["schemas"]["PortalRatingResponse"] | null;
            /** @example suport#310 */
            reference: string;
            requester: components["schemas"]["PersonName"];
            /**
             * @description how the caller takes part in the ticket
             * @enum {string}
             */
            role: "requester" | "collaborator" | "organization";
            status: components["schemas"]["PortalStatusResponse"];
            /** @example The printer on the 2nd floor jams */
            subject: string;
            /** @description messages, responses and public events, oldest first */
            thread: components["schemas"]["PortalThreadEntryResponse"][];
            /** Format: date-time */
            updatedAt: string;
        };
        PortalTicketSummaryResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @example Printing */
            helpTopic?: string | null;
            /** @example suport#310 */
            reference: string;
            requester: components["schemas"]["PersonName"];
            status: components["schemas"]["PortalStatusResponse"];
            /** @example The printer on the 2nd floor jams */
            subject: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PortalTopicResponse: {
            children: components["schemas"]["PortalTopicResponse"][];
            /** Format: uuid */
            id: string;
            /** @example Printing */
            name: string;
        };
        PriorityBandRequest: {
            /**
             * @description escalate after, in minutes
             * @example 180
             */
            escalateMinutes: number;
            /** @example 32 */
            maxProduct: number;
            /**
             * @description impact x urgency from (1, 2, 4, 8 each)
             * @example 16
             */
            minProduct: number;
            /**
             * Format: uuid
             * @description a priority of this instance
             */
            priorityId: string;
            /**
             * @description resolution within, in minutes
             * @example 240
             */
            resolveMinutes: number;
            /**
             * @description first response within, in minutes
             * @example 120
             */
            respondMinutes: number;
        };
        PriorityMatrixRequest: {
            /** @description every product 1-64 in exactly one band */
            bands: components["schemas"]["PriorityBandRequest"][];
        };
        PriorityMatrixResponse: {
            bands: components["schemas"]["PriorityBandRequest"][];
        };
        PriorityRefResponse: {
            /** Format: uuid */
            id: string;
            /** @example Support */
            name: string;
            /** @example 2 */
            urgency: number;
        };
        PriorityRequest: {
            /**
             * @description with urgency, picks the priority when the instance uses the matrix
             * @enum {number}
             */
            impact?: 1 | 2 | 4 | 8;
            /**
             * Format: uuid
             * @description a priority of the list; or send impact and urgency instead
             */
            priorityId?: string;
            /** @enum {number} */
            urgency?: 1 | 2 | 4 | 8;
        };
        PriorityResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            /** @example High */
            name: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description 1 is the lowest
             * @example 2
             */
            urgency: number;
        };
        ProvisionedTenantResponse: {
            /** @description what the configuration file given created and updated; null without one */
            configuration?: components["schemas"]["ConfigurationPlanResponse"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @example ca */
            defaultLanguage: string;
            /** Format: uuid */
            id: string;
            links: components["schemas"]["TenantLinks"];
            manager: components["schemas"]["ManagerSummary"];
            /** @example ETSETB student office */
            name: string;
            /** @example etsetb */
            slug: string;
            /** @enum {string} */
            status: "active" | "suspended";
            /** Format: date-time */
            suspendedAt?: string | null;
            /** @example Europe/Madrid */
            timezone: string;
            /** Format: date-time */
            updatedAt: string;
        };
        QueueCountsByQueueResponse: {
            /**
             * @description every ticket I may see, in every state
             * @example 58
             */
            all: number;
            /**
             * @description in my departments, working states
             * @example 12
             */
            department: number;
            /**
             * @description an SLA target past its plan's warning threshold, not yet met or breached
             * @example 2
             */
            "due-soon": number;
            /**
             * @description assigned to me, working states
             * @example 4
             */
            mine: number;
            /**
             * @description due date passed, not resolved or closed
             * @example 1
             */
            overdue: number;
            /**
             * @description assigned to my teams, working states
             * @example 7
             */
            teams: number;
            /**
             * @description assigned to nobody, working states
             * @example 3
             */
            unassigned: number;
        };
        QueueCountsResponse: {
            /** @description by name: my departments (every department for managers), and others where something visible is open */
            departments: components["schemas"]["DepartmentCountResponse"][];
            /** @description what GET tickets?queue=... would list, counted */
            queues: components["schemas"]["QueueCountsByQueueResponse"];
            /** @description every status, in display order */
            statuses: components["schemas"]["StatusCountResponse"][];
        };
        QueueFilters: {
            /** Format: uuid */
            assigneeStaffId?: string;
            /**
             * Format: date-time
             * @example 2026-11-01T00:00:00Z
             */
            createdFrom?: string;
            /** Format: date-time */
            createdTo?: string;
            /**
             * @description the key of a custom field; with customValue, tickets whose field holds that value
             * @example building
             */
            customField?: string;
            /**
             * @description the value customField holds, as text: a number, true/false for a check box, a list value (a multiple choice holds it among others), an id for a reference
             * @example north
             */
            customValue?: string;
            /** Format: uuid */
            departmentId?: string;
            /** Format: date-time */
            dueFrom?: string;
            /** Format: date-time */
            dueTo?: string;
            /** Format: uuid */
            helpTopicId?: string;
            /** Format: uuid */
            organizationId?: string;
            /** Format: uuid */
            priorityId?: string;
            /**
             * @default all
             * @enum {string}
             */
            queue: "mine" | "teams" | "unassigned" | "department" | "due-soon" | "overdue" | "all";
            /** Format: uuid */
            requesterId?: string;
            /**
             * @description comma-separated states; default: new,open,pending except for queue=all
             * @example open,pending
             */
            state?: string[];
            /** Format: uuid */
            statusId?: string;
            /**
             * @description tickets with this tag (in any case)
             * @example vpn
             */
            tag?: string;
        };
        QueuePageResponse: {
            items: components["schemas"]["QueueRowResponse"][];
            /**
             * @description pass as ?cursor= for the next page
             * @example WyIyMDI2LTExLTIyVDEwOjAwOjAwLjAwMFoiLCIwMTkzOGY2ZSJd
             */
            nextCursor?: string | null;
        };
        QueueRowResponse: {
            assignee?: components["schemas"]["NamedResponse"] | null;
            /** Format: date-time */
            createdAt: string;
            department: components["schemas"]["NamedResponse"];
            /**
             * Format: date-time
             * @description SLA due date
             */
            dueAt?: string | null;
            helpTopic?: components["schemas"]["NamedResponse"] | null;
            /** Format: uuid */
            id: string;
            isConfidential: boolean;
            isOverdue: boolean;
            /** Format: date-time */
            lastActivityAt: string;
            /**
             * Format: date-time
             * @description the earliest SLA due date not met yet: first response or resolution; null while pending or when met
             */
            nextDueAt?: string | null;
            priority: components["schemas"]["PriorityRefResponse"];
            /** @example suport#310 */
            reference: string;
            requester: components["schemas"]["NamedResponse"];
            status: components["schemas"]["StatusRefResponse"];
            /** @example Wi-Fi down in room A2 */
            subject: string;
            /**
             * @description its tags, alphabetically
             * @example [
             *       "vpn",
             *       "wi-fi"
             *     ]
             */
            tags: string[];
            team?: components["schemas"]["NamedResponse"] | null;
        };
        RatingRequest: {
            /** @example Quick and friendly. */
            comment?: string;
            /** @example 5 */
            rating: number;
        };
        RecoveryCodesResponse: {
            /**
             * @description shown this once: each one replaces a code once
             * @example [
             *       "ABCDE-23456",
             *       "FGHJK-789AB"
             *     ]
             */
            recoveryCodes: string[];
        };
        RecurringRunResponse: {
            /**
             * Format: date-time
             * @description when it was opened
             * @example 2026-01-05T08:00:04.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T08:00:00.000Z
             */
            occurrenceAt: string;
            /**
             * @description null once the ticket was deleted
             * @example T-000123
             */
            ticketReference?: string | null;
        };
        RecurringTicketResponse: {
            /**
             * Format: uuid
             * @description the agent each ticket is assigned to
             * @example null
             */
            assignStaffId?: string | null;
            /**
             * Format: uuid
             * @description the team each ticket is assigned to
             * @example null
             */
            assignTeamId?: string | null;
            /**
             * @description the first entry: an internal note
             * @example Restore one file from each backup set and note the result here.
             */
            body: string;
            /**
             * Format: date-time
             * @example 2026-01-02T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8091
             */
            departmentId: string;
            /**
             * Format: uuid
             * @example null
             */
            helpTopicId?: string | null;
            /**
             * Format: uuid
             * @example 0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8092
             */
            id: string;
            /**
             * @description an inactive one opens nothing; switched on again it starts from now
             * @default true
             * @example true
             */
            isActive: boolean;
            /**
             * Format: date-time
             * @description the last occurrence opened
             * @example 2026-01-05T08:00:00.000Z
             */
            lastRunAt?: string | null;
            /** @example Monthly backup check */
            name: string;
            /**
             * Format: date-time
             * @description the next occurrence; null when inactive or the rule has ended
             * @example 2026-02-02T08:00:00.000Z
             */
            nextRunAt?: string | null;
            /**
             * Format: uuid
             * @description null: the topic's or the instance's default
             * @example null
             */
            priorityId?: string | null;
            /**
             * @description the ticket's requester
             * @example it-operations@uni.example
             */
            requesterEmail: string;
            /** @example IT operations */
            requesterName?: string | null;
            /**
             * @description an RFC 5545 RRULE value without DTSTART, TZID, BYMINUTE or BYSECOND; HOURLY at the finest
             * @example FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1
             */
            rrule: string;
            /**
             * @description the first occurrence, as wall-clock time in the time zone
             * @example 2026-01-05T09:00
             */
            startsAt: string;
            /** @example Check last month’s backups */
            subject: string;
            /**
             * @description put on each ticket it opens; 20 at most
             * @example [
             *       "backups",
             *       "monthly"
             *     ]
             */
            tags?: string[];
            /**
             * @description an IANA time zone
             * @example Europe/Madrid
             */
            timezone: string;
            /**
             * Format: date-time
             * @example 2026-01-02T10:00:00.000Z
             */
            updatedAt: string;
        };
        ReferenceCounterRequest: {
            /**
             * @description a counter format; the instance's reference format when left out (a help topic's own format otherwise)
             * @example Ticket#{n}
             */
            format?: string;
            /**
             * @description the number the next ticket gets; never lower than the counter is at
             * @example 11545
             */
            nextNumber: number;
        };
        ReferenceCounterResponse: {
            /** @example Ticket#{n} */
            format: string;
            /**
             * @description the number the next ticket gets
             * @example 11545
             */
            nextNumber: number;
        };
        RegisterRequest: {
            /** @example marta.soler@example.org */
            email: string;
            /** @example Marta Soler */
            name: string;
            /**
             * @description 10 to 256 characters
             * @example a long passphrase
             */
            password: string;
        };
        RequesterEmailResponse: {
            /** @example marta.soler@example.org */
            email: string;
            isPrimary: boolean;
        };
        RequesterMeResponse: {
            /**
             * @description browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests
             * @example Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0
             */
            csrfToken?: string;
            instance: components["schemas"]["InstanceSummary"];
            requester: components["schemas"]["RequesterProfileResponse"];
        };
        RequesterPageResponse: {
            items: components["schemas"]["RequesterResponse"][];
            /**
             * @description pass as ?cursor= for the next page
             * @example MDE5MzhmNmUtNTMwMS03YjJlLThjNTUtNmExZDNlOWYwYTIy
             */
            nextCursor?: string | null;
        };
        RequesterProfileResponse: {
            emails: components["schemas"]["RequesterEmailResponse"][];
            /** Format: uuid */
            id: string;
            /** @example ca */
            language?: string | null;
            /** @example Marta Soler */
            name: string;
            organizations: components["schemas"]["OrganizationSummary"][];
        };
        RequesterResponse: {
            /** @description addresses mail to this requester bounced from; changing the addresses clears them */
            bouncedEmails: components["schemas"]["BouncedEmailResponse"][];
            canLogin: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description primary first
             * @example [
             *       "marta.soler@estudiantat.upc.edu"
             *     ]
             */
            emails: string[];
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /** @example ca */
            language?: string | null;
            /** Format: date-time */
            lastLoginAt?: string | null;
            /** @example Marta Soler */
            name: string;
            organizationIds: string[];
            /** @example +34 934 01 00 00 */
            phone?: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        RequesterSignInResponse: {
            /**
             * @description browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests
             * @example Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0
             */
            csrfToken?: string;
            /** Format: date-time */
            expiresAt: string;
            requester: components["schemas"]["PortalRequesterResponse"];
            /**
             * @description send as Authorization: Bearer <token> to the portal routes of this instance; absent for browser sessions
             * @example tsr_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk
             */
            token: string;
        };
        RoleResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example Front desk */
            name: string;
            /**
             * @example [
             *       "ticket.create",
             *       "ticket.reply"
             *     ]
             */
            permissions: ("ticket.create" | "ticket.edit" | "ticket.assign" | "ticket.transfer" | "ticket.reply" | "ticket.close" | "ticket.delete" | "ticket.merge" | "ticket.link" | "task.create" | "task.edit" | "task.assign" | "task.transfer" | "task.reply" | "task.close" | "task.delete" | "faq.manage" | "canned.manage" | "topics.manage" | "filters.manage" | "members.manage" | "stats.agents")[];
            /** Format: date-time */
            updatedAt: string;
        };
        ScheduleResponse: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @example [
             *       "--12-25"
             *     ]
             */
            holidays: string[];
            /** Format: uuid */
            id: string;
            /** @example Office hours */
            name: string;
            /** @example Europe/Madrid */
            timeZone: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description every day, closed ones empty */
            week: components["schemas"]["WeekHours"];
        };
        SecondFactorChallenge: {
            /**
             * @description send with the code to auth/login/code (or to auth/login/enrolment when next is enrol)
             * @example tsc_Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0
             */
            challenge: string;
            /**
             * Format: date-time
             * @example 2026-12-07T10:10:00.000Z
             */
            expiresAt: string;
            /**
             * @description code: the app or a recovery code; enrol: the instance requires a second factor, set it up now
             * @example code
             * @enum {string}
             */
            next: "code" | "enrol";
        };
        SettingsResponse: {
            /** @example 10485760 */
            attachmentMaxBytes: number;
            /**
             * @example [
             *       "image/*",
             *       "application/pdf"
             *     ]
             */
            attachmentTypes: string[];
            /** @example 14 */
            autocloseDays: number;
            /** @example 5 */
            autoresponseHourlyLimit: number;
            /** @enum {string} */
            closedReplyPolicy: "reopen" | "new_ticket";
            /** @example Universitat Exemple */
            companyName: string | null;
            /**
             * Format: uuid
             * @description their department when there is no default help topic
             */
            defaultDepartmentId: string | null;
            /**
             * Format: uuid
             * @description where tickets naming neither a help topic nor a department go
             */
            defaultHelpTopicId: string | null;
            /** @example 300 */
            lockSeconds: number;
            /** @example 0 */
            maxOpenTickets: number;
            /** @example true */
            portalOnline: boolean;
            /** @example #1c5d99 */
            primaryColor: string | null;
            /** @enum {string} */
            priorityMode: "list" | "matrix";
            /** @example suport#{n} */
            referenceFormat: string;
            /** @enum {string} */
            registration: "open" | "closed" | "invitation";
            /**
             * @description every agent must sign in with a second factor; agents without one set it up after their password
             * @example false
             */
            requireTwoFactor: boolean;
            /** @enum {string} */
            unknownSenderPolicy: "collaborator" | "new_ticket";
            /** Format: date-time */
            updatedAt: string;
        };
        SlaPlanResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @example 480 */
            firstResponseMinutes: number;
            /** @example 0 */
            graceMinutes: number;
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            /** @example Default SLA */
            name: string;
            /** @description the clock stops while the ticket is pending */
            pauseWhenPending: boolean;
            /** @example 720 */
            resolutionMinutes: number;
            /**
             * Format: uuid
             * @description null: around the clock in the instance's time zone
             */
            scheduleId?: string | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description warning at this percentage of a target; null: none
             * @example 75
             */
            warnPercent?: number | null;
        };
        SlaTargetResponse: {
            /** @example false */
            breached: boolean;
            /**
             * Format: date-time
             * @description when the target passed its due date plus grace unmet
             */
            breachedAt?: string | null;
            /**
             * Format: date-time
             * @description null while the clock stands still (pending)
             */
            dueAt?: string | null;
            /**
             * Format: date-time
             * @description first public agent response, or resolution
             */
            metAt?: string | null;
            /**
             * @description business minutes the clock stood still while the ticket was pending
             * @example 90
             */
            pausedMinutes: number;
        };
        StaffResponse: {
            /**
             * Format: date-time
             * @description away until then: automatic assignment passes the agent by
             * @example 2026-08-31T07:00:00Z
             */
            awayUntil?: string | null;
            /** @example anna.puig@example.org */
            email: string;
            /** Format: uuid */
            id: string;
            /** @description instance manager: may configure the whole instance */
            isManager: boolean;
            /** @example ca */
            language?: string | null;
            /** Format: date-time */
            lastLoginAt?: string | null;
            /** @example Anna Puig */
            name: string;
            /** Format: uuid */
            primaryDepartmentId?: string | null;
        };
        StatusCountResponse: {
            /**
             * @description visible tickets in this status
             * @example 5
             */
            count: number;
            /** Format: uuid */
            id: string;
            /** @example Support */
            name: string;
            /** @enum {string} */
            state: "new" | "open" | "pending" | "resolved" | "closed";
        };
        StatusRefResponse: {
            /** Format: uuid */
            id: string;
            /** @example Support */
            name: string;
            /** @enum {string} */
            state: "new" | "open" | "pending" | "resolved" | "closed";
        };
        StatusRequest: {
            /** Format: uuid */
            statusId: string;
        };
        StatusResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            /** @example Pending */
            name: string;
            /** @example Waiting for your answer */
            requesterLabel: string;
            /** @example 3 */
            sortOrder: number;
            /** @enum {string} */
            state: "new" | "open" | "pending" | "resolved" | "closed";
            /** Format: date-time */
            updatedAt: string;
        };
        TagResponse: {
            /** @example wi-fi */
            name: string;
        };
        TaskNoteRequest: {
            /** @example Ordered a new toner. */
            body: string;
        };
        TaskNoteResponse: {
            /** Format: uuid */
            authorStaffId?: string | null;
            /** @example Ordered a new toner. */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        TaskResponse: {
            /** @description what the caller may do on it */
            actions: ("edit" | "assign" | "transfer" | "note" | "close" | "delete")[];
            /** Format: uuid */
            assigneeStaffId?: string | null;
            /** Format: uuid */
            assigneeTeamId?: string | null;
            /**
             * Format: date-time
             * @description null while open
             */
            closedAt?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdByStaffId?: string | null;
            /** Format: uuid */
            departmentId: string;
            /** @example  */
            description: string;
            /** Format: date-time */
            dueAt?: string | null;
            /** Format: uuid */
            id: string;
            /** @description the task belongs to a ticket (which the caller may not see) */
            inTicket: boolean;
            overdue: boolean;
            /** @description the ticket, for those who may see it */
            ticket?: components["schemas"]["TaskTicketResponse"] | null;
            /**
             * @description the ticket's reference, also for an agent of the task's department who may not open that ticket
             * @example suport#310
             */
            ticketReference?: string | null;
            /** @example Replace the toner of printer B3 */
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TaskTicketResponse: {
            /** @example suport#310 */
            reference: string;
        };
        TeamMembersRequest: {
            /** @description every member; the lead is added when missing */
            staffIds: string[];
        };
        TeamResponse: {
            /**
             * @example round_robin
             * @enum {string}
             */
            assignment: "none" | "round_robin" | "least_loaded";
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /** Format: uuid */
            leadStaffId?: string | null;
            /** @example 15 */
            maxOpenPerAgent?: number | null;
            memberIds: string[];
            /** @example Second line */
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TeamSummaryResponse: {
            /** Format: uuid */
            id: string;
            memberIds: string[];
            /** @example Second line */
            name: string;
        };
        TemplateLanguageResponse: {
            /** @enum {string} */
            language: "en" | "ca" | "es" | "de" | "nl";
            /** @description true: the instance's own text; false: the shipped one */
            overridden: boolean;
            /** Format: date-time */
            updatedAt?: string | null;
        };
        TemplatePreviewRequest: {
            /**
             * @example Hello {{recipient.name}},
             *
             *     {{message}}
             */
            body?: string;
            /** @example [{{ticket.reference}}] Re: {{ticket.subject}} */
            subject?: string;
        };
        TemplatePreviewResponse: {
            /**
             * @example <!DOCTYPE html>
             *     <html><head><meta charset="utf-8"></head><body>
             *     <p>Dear Marta Soler,</p>
             *     </body></html>
             */
            html: string;
            /** @enum {string} */
            key: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit" | "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue" | "requester.registration" | "requester.password-reset" | "requester.invitation" | "requester.ticket-link" | "staff.password-reset";
            /** @enum {string} */
            language: "en" | "ca" | "es" | "de" | "nl";
            /**
             * @description what was rendered: the draft sent, the instance's text or the shipped one
             * @enum {string}
             */
            source: "draft" | "instance" | "shipped";
            /** @example [suport#310] Printer on fire */
            subject: string;
            /**
             * @example Dear Marta Soler,
             *
             *     The printer works again.
             */
            text: string;
            /**
             * @description the sample values used
             * @example {
             *       "ticket.reference": "suport#310"
             *     }
             */
            values: {
                [key: string]: string;
            };
        };
        TemplateRequest: {
            /**
             * @description plain text; the HTML part is made from it (paragraphs, line breaks, links)
             * @example Dear {{recipient.name}},
             *
             *     {{message}}
             *
             *     {{agent.name}}
             */
            body: string;
            /**
             * @description one line
             * @example [{{ticket.reference}}] {{ticket.subject}}
             */
            subject: string;
        };
        TemplateResponse: {
            /**
             * @example Dear {{recipient.name}},
             *
             *     {{message}}
             */
            body: string;
            /** @enum {string} */
            key: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit" | "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue" | "requester.registration" | "requester.password-reset" | "requester.invitation" | "requester.ticket-link" | "staff.password-reset";
            /** @enum {string} */
            kind: "notice" | "alert" | "portal";
            /** @enum {string} */
            language: "en" | "ca" | "es" | "de" | "nl";
            /** @description true: the instance's own text; false: the shipped one */
            overridden: boolean;
            /** @description the shipped text, which DELETE restores */
            shipped: components["schemas"]["TemplateTextResponse"];
            /** @example [{{ticket.reference}}] {{ticket.subject}} */
            subject: string;
            /** @description a ticket mail: its subject keeps [{{ticket.reference}}] */
            threaded: boolean;
            /** Format: date-time */
            updatedAt?: string | null;
            /**
             * Format: uuid
             * @description the manager who saved it
             */
            updatedByStaffId?: string | null;
            /** @description the variables this template may use */
            variables: components["schemas"]["TemplateVariableResponse"][];
        };
        TemplateSummaryResponse: {
            /** @example An agent's response */
            description: string;
            /** @enum {string} */
            key: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit" | "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue" | "requester.registration" | "requester.password-reset" | "requester.invitation" | "requester.ticket-link" | "staff.password-reset";
            /**
             * @description notice: to requesters; alert: to agents; portal: a one-time link
             * @enum {string}
             */
            kind: "notice" | "alert" | "portal";
            languages: components["schemas"]["TemplateLanguageResponse"][];
            /** @description a ticket mail: its subject keeps [{{ticket.reference}}] and it carries the reply-above marker */
            threaded: boolean;
            /**
             * @example [
             *       "ticket.reference",
             *       "recipient.name"
             *     ]
             */
            variables: string[];
        };
        TemplateTextResponse: {
            /**
             * @example Dear {{recipient.name}},
             *
             *     {{message}}
             */
            body: string;
            /** @example [{{ticket.reference}}] {{ticket.subject}} */
            subject: string;
        };
        TemplateVariableResponse: {
            /** @example the ticket's reference */
            description: string;
            /** @example ticket.reference */
            name: string;
            /**
             * @description what the preview shows for it
             * @example suport#310
             */
            sample: string;
        };
        TenantLinks: {
            /** @example http://127.0.0.1:3000/api/v1/t/etsetb */
            api: string;
        };
        TenantPageResponse: {
            items: components["schemas"]["TenantResponse"][];
            /**
             * @description pass as ?cursor= for the next page
             * @example MDE5MzhmNmUtNTMwMS03YjJlLThjNTUtNmExZDNlOWYwYTIy
             */
            nextCursor?: string | null;
        };
        TenantResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @example ca */
            defaultLanguage: string;
            /** Format: uuid */
            id: string;
            links: components["schemas"]["TenantLinks"];
            /** @example ETSETB student office */
            name: string;
            /** @example etsetb */
            slug: string;
            /** @enum {string} */
            status: "active" | "suspended";
            /** Format: date-time */
            suspendedAt?: string | null;
            /** @example Europe/Madrid */
            timezone: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TicketFilterDryRunRequest: {
            /** @description a message as it would come in; or name a ticket */
            message?: components["schemas"]["FilterSampleDto"];
            /**
             * @description an existing ticket, run as if it had just come in
             * @example suport#1042
             */
            reference?: string;
        };
        TicketFilterDryRunResponse: {
            /** Format: uuid */
            assigneeStaffId?: string | null;
            /** Format: uuid */
            assigneeTeamId?: string | null;
            /** @description false: the new-ticket auto-response would not be sent */
            autoResponse: boolean;
            /** @description canned responses that would be sent */
            cannedResponseIds: string[];
            /**
             * @description collaborators that would be added
             * @example [
             *       "boss@example.org"
             *     ]
             */
            collaborators: string[];
            /** Format: uuid */
            departmentId?: string | null;
            /** Format: uuid */
            helpTopicId?: string | null;
            /** @description the filters that match, in the order they run */
            matched: components["schemas"]["AppliedFilterResponse"][];
            /** Format: uuid */
            priorityId?: string | null;
            /**
             * @description the filter that would refuse the ticket (mail: kept and flagged)
             * @example Spam senders
             */
            rejectedBy?: string | null;
            /** Format: uuid */
            slaPlanId?: string | null;
            /** Format: uuid */
            statusId?: string | null;
            /**
             * @description the ticket type a filter sets
             * @example service_request
             */
            type?: string | null;
        };
        TicketFilterResponse: {
            actions: components["schemas"]["FilterActionDto"][];
            conditions: components["schemas"]["FilterConditionDto"][];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description null: instance-wide; else the department's
             * @example null
             */
            departmentId?: string | null;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /**
             * @example all
             * @enum {string}
             */
            match: "all" | "any";
            /** @example Example Corp to Sales */
            name: string;
            /**
             * @description 1 runs first, within its scope
             * @example 1
             */
            position: number;
            /** Format: date-time */
            updatedAt: string;
        };
        TicketResponse: {
            /**
             * @description what the caller’s role allows on this ticket: status is a move to a new, open or pending status, close to a resolved or closed one; merge also needs ticket.merge in the target’s department
             * @example [
             *       "reply",
             *       "note",
             *       "restrictedNote",
             *       "assign",
             *       "claim",
             *       "transfer"
             *     ]
             */
            actions: ("reply" | "note" | "restrictedNote" | "edit" | "assign" | "claim" | "release" | "transfer" | "status" | "close" | "priority" | "topic" | "due" | "collaborators" | "merge" | "link" | "delete")[];
            assignee?: components["schemas"]["NamedResponse"] | null;
            /** Format: date-time */
            closedAt?: string | null;
            collaborators: components["schemas"]["PersonResponse"][];
            /** Format: date-time */
            createdAt: string;
            /**
             * @example {
             *       "building": "A",
             *       "room": "2.14"
             *     }
             */
            customData: {
                [key: string]: unknown;
            };
            department: components["schemas"]["NamedResponse"];
            /**
             * Format: date-time
             * @description SLA due date
             */
            dueAt?: string | null;
            /** @description the due date was chosen by an agent; otherwise it follows the SLA plan or the priority matrix */
            dueByHand: boolean;
            /** Format: date-time */
            firstResponseAt?: string | null;
            helpTopic?: components["schemas"]["NamedResponse"] | null;
            /** Format: uuid */
            id: string;
            /** @enum {number|null} */
            impact?: 1 | 2 | 4 | 8 | null;
            isConfidential: boolean;
            isOverdue: boolean;
            /** Format: date-time */
            lastActivityAt: string;
            links: components["schemas"]["LinkResponse"][];
            /** @description set while another agent composes a reply */
            lock?: components["schemas"]["LockResponse"] | null;
            /**
             * Format: date-time
             * @description the earliest SLA due date not met yet: first response or resolution; null while pending or when met
             */
            nextDueAt?: string | null;
            priority: components["schemas"]["PriorityRefResponse"];
            /** @example 5 */
            rating?: number | null;
            /** @example Fixed within the hour. */
            ratingComment?: string | null;
            /** @example suport#310 */
            reference: string;
            requester: components["schemas"]["NamedResponse"];
            /** @example joan.serra@example.org */
            requesterEmail?: string | null;
            /** Format: date-time */
            resolvedAt?: string | null;
            /** @description the SLA clock; null for a ticket without service targets */
            sla?: components["schemas"]["TicketSlaResponse"] | null;
            slaPlan?: components["schemas"]["NamedResponse"] | null;
            /** @enum {string} */
            source: "web" | "email" | "phone" | "walk_in" | "api" | "internal" | "other";
            status: components["schemas"]["StatusRefResponse"];
            /** @example Wi-Fi down in room A2 */
            subject: string;
            /**
             * @description its tags, alphabetically
             * @example [
             *       "vpn",
             *       "wi-fi"
             *     ]
             */
            tags: string[];
            team?: components["schemas"]["NamedResponse"] | null;
            /** @enum {string} */
            type: "incident" | "service_request" | "problem" | "change";
            /** Format: date-time */
            updatedAt: string;
            /** @enum {number|null} */
            urgency?: 1 | 2 | 4 | 8 | null;
            /**
             * @description also sent as the ETag header; send it back in If-Match
             * @example 7
             */
            version: number;
        };
        TicketSlaResponse: {
            firstResponse: components["schemas"]["SlaTargetResponse"];
            /**
             * @description the clock stands still: the ticket is pending
             * @example false
             */
            paused: boolean;
            resolution: components["schemas"]["SlaTargetResponse"];
        };
        TimeRuleActionDto: {
            /**
             * @description what the rule does; the names are the ticket filters' where they overlap. notify-assignee and notify-department-manager mail an alert
             * @example send-canned-response
             * @enum {string}
             */
            kind: "send-canned-response" | "set-status" | "set-priority" | "assign-team" | "add-tags" | "notify-assignee" | "notify-department-manager";
            /**
             * @description the id it uses (a canned response, status, priority or team of this instance), or the tags add-tags adds; none for the notify actions
             * @example 0193a4e2-5b7c-7def-8a12-3456789abcde
             */
            value?: string | null;
        };
        TimeRuleResponse: {
            /** @description at least one, run in order */
            actions: components["schemas"]["TimeRuleActionDto"][];
            /**
             * @description what the ticket has been for the wait: in a state, in a status, unassigned (and not done), or waiting for its requester since an agent’s public response (and not done)
             * @example state
             * @enum {string}
             */
            condition: "state" | "status" | "unassigned" | "awaiting-requester";
            /**
             * Format: date-time
             * @example 2026-01-02T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @description only tickets of this department
             * @example null
             */
            departmentId?: string | null;
            /**
             * Format: uuid
             * @description only tickets of this help topic
             * @example null
             */
            helpTopicId?: string | null;
            /**
             * Format: uuid
             * @example 0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8093
             */
            id: string;
            /**
             * @description an inactive rule does nothing; switched on again, it takes the tickets in its condition
             * @default true
             * @example true
             */
            isActive: boolean;
            /** @example Pending a week: remind */
            name: string;
            /**
             * Format: uuid
             * @description only tickets of this priority
             * @example null
             */
            priorityId?: string | null;
            /**
             * @description the state, for the condition state
             * @example pending
             * @enum {string|null}
             */
            state?: "new" | "open" | "pending" | "resolved" | "closed" | null;
            /**
             * Format: uuid
             * @description the status, for the condition status
             * @example null
             */
            statusId?: string | null;
            /**
             * @description only tickets with this tag
             * @example null
             */
            tag?: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T10:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description how long, in calendar time, from when the ticket entered the condition
             * @example 7
             */
            waitAmount: number;
            /**
             * @example days
             * @enum {string}
             */
            waitUnit: "minutes" | "hours" | "days";
        };
        TopicRequest: {
            /**
             * Format: uuid
             * @description an active help topic
             */
            helpTopicId: string;
        };
        TransferRequest: {
            /** Format: uuid */
            departmentId: string;
            /**
             * @description kept as an internal note
             * @example Hardware fault: the network team takes it from here.
             */
            note?: string;
        };
        TriggerActionDto: {
            /**
             * @description what the trigger does; stop: no later trigger runs on the event
             * @example set-status
             * @enum {string}
             */
            kind: "set-department" | "set-help-topic" | "set-priority" | "set-sla-plan" | "set-status" | "set-type" | "assign-agent" | "assign-team" | "send-canned-response" | "add-collaborators" | "add-tags" | "stop" | "auto-assign" | "send-notification" | "call-webhook";
            /**
             * @description whom send-notification mails
             * @example assignee
             * @enum {string|null}
             */
            to?: "requester" | "assignee" | "department-manager" | null;
            /**
             * @description the id it sets (a department, help topic, priority, SLA plan, status, agent, team or canned response of this instance), the addresses or tags it adds, the template key of send-notification, the http(s) address of call-webhook; none for auto-assign and stop
             * @example 0193a4e2-5b7c-7def-8a12-3456789abcde
             */
            value?: string | null;
        };
        TriggerConditionDto: {
            /**
             * @description the filters’ fields, plus the ticket’s status, department, agent and team now (ids)
             * @example status
             * @enum {string}
             */
            field: "from.address" | "from.domain" | "from.name" | "to" | "cc" | "subject" | "body" | "header" | "mailbox" | "channel" | "help-topic" | "priority" | "tag" | "organization" | "custom-field" | "status" | "department" | "agent" | "team";
            /**
             * @description the header, for the field header
             * @example X-Priority
             */
            header?: string | null;
            /**
             * @description the filters’ operators, plus changed-from and changed-to: what the event changed of status, priority, department, agent or team (an empty value: any change)
             * @example changed-to
             * @enum {string}
             */
            operator: "equals" | "not-equals" | "contains" | "not-contains" | "starts" | "ends" | "regex" | "not-regex" | "changed-from" | "changed-to";
            /**
             * @description the text or id compared
             * @example 0193a4e2-5b7c-7def-8a12-3456789abcde
             */
            value: string;
        };
        TriggerResponse: {
            actions: components["schemas"]["TriggerActionDto"][];
            conditions: components["schemas"]["TriggerConditionDto"][];
            /** Format: date-time */
            createdAt: string;
            /**
             * @example [
             *       "requester-reply"
             *     ]
             */
            events: ("created" | "requester-reply" | "agent-reply" | "note" | "status" | "priority" | "assignment" | "department" | "sla-warning" | "sla-breach" | "task-closed")[];
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /**
             * @example all
             * @enum {string}
             */
            match: "all" | "any";
            /** @example Reply reopens */
            name: string;
            /**
             * @description 1 runs first
             * @example 1
             */
            position: number;
            /** Format: date-time */
            updatedAt: string;
        };
        TwoFactorStatusResponse: {
            /** @example true */
            enabled: boolean;
            /**
             * Format: date-time
             * @example 2026-12-07T10:00:00.000Z
             */
            enabledAt?: string | null;
            /**
             * @description recovery codes not used yet
             * @example 10
             */
            recoveryCodesLeft: number;
            /**
             * @description the instance requires a second factor of every agent: it cannot be turned off
             * @example false
             */
            required: boolean;
        };
        UpdateAgentRequest: {
            /**
             * @description ldap: the instance's directory checks the password and keeps name, e-mail and phone
             * @default local
             * @example local
             * @enum {string}
             */
            authSource: "local" | "ldap";
            /**
             * Format: date-time
             * @description away until then: automatic assignment passes the agent by; null: back
             * @example 2026-08-31T07:00:00Z
             */
            awayUntil?: string | null;
            /** @description extra departments, each once and not the primary one */
            departments?: components["schemas"]["AgentDepartmentRequest"][];
            /** @example jordi.vila@example.org */
            email?: string;
            /** @description false ends the sessions and refuses sign-in; the history stays */
            isActive?: boolean;
            /** @description true ends the sessions and refuses sign-in until unlocked */
            isLocked?: boolean;
            /**
             * @description managers configure the whole instance and hold every permission
             * @default false
             */
            isManager: boolean;
            /**
             * @description null: the instance's language
             * @enum {string|null}
             */
            language?: "en" | "ca" | "es" | "de" | "nl" | null;
            /** @example Jordi Vila */
            name?: string;
            /**
             * @description required unless authSource is ldap
             * @example a long passphrase
             */
            password?: string;
            /**
             * Format: uuid
             * @description required unless isManager
             */
            primaryDepartmentId?: string | null;
            /**
             * Format: uuid
             * @description the role in the primary department; required unless isManager
             */
            roleId?: string | null;
            /**
             * @default
             * @example Jordi Vila
             *     Student office
             */
            signature: string;
        };
        UpdateAlertsRequest: {
            alerts?: components["schemas"]["AlertChangeRequest"][];
            notices?: components["schemas"]["NoticeChangeRequest"][];
        };
        UpdateCannedResponseRequest: {
            /**
             * @description may use {{ticket.reference}}, {{ticket.subject}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.topic}}, {{department.name}}, {{requester.name}}, {{requester.email}}, {{agent.name}}, {{agent.signature}}, {{instance.name}}, {{instance.link}}
             * @example Dear {{requester.name}},
             *
             *     You can choose a new password at https://id.example.org/reset.
             *
             *     {{agent.signature}}
             */
            body?: string;
            /**
             * Format: uuid
             * @description the department's own (canned.manage there); instance-wide without (managers)
             */
            departmentId?: string | null;
            /**
             * @description an inactive one is kept but not offered
             * @default true
             */
            isActive: boolean;
            /** @example Password reset */
            title?: string;
        };
        UpdateCustomFieldRequest: {
            /**
             * @description shown under the field
             * @example [
             *       {
             *         "language": "en",
             *         "text": "Where the problem is"
             *       }
             *     ]
             */
            help?: components["schemas"]["LabelRequest"][];
            /**
             * @description a choice field taking several values
             * @default false
             */
            isMultiple: boolean;
            /**
             * @description at least one
             * @example [
             *       {
             *         "language": "en",
             *         "text": "Building"
             *       },
             *       {
             *         "language": "de",
             *         "text": "Gebäude"
             *       }
             *     ]
             */
            labels?: components["schemas"]["LabelRequest"][];
            /**
             * Format: uuid
             * @description the list a choice field takes its values from (choice fields only)
             */
            listId?: string | null;
            /**
             * @description requester_edit: requesters see and fill it in; requester_view: they see it, agents fill it in; agents: for agents only
             * @default requester_edit
             * @example requester_edit
             * @enum {string}
             */
            visibility: "requester_edit" | "requester_view" | "agents";
        };
        UpdateCustomFormRequest: {
            /**
             * @description in the order shown
             * @example [
             *       {
             *         "fieldId": "0193a1b2-0000-7000-8000-000000000001",
             *         "required": true
             *       }
             *     ]
             */
            fields?: components["schemas"]["FormFieldRequest"][];
            /**
             * @description ticket forms: the help topics showing it, and their sub-topics
             * @example []
             */
            helpTopicIds?: string[];
            /**
             * @description the heading shown above its fields
             * @example [
             *       {
             *         "language": "en",
             *         "text": "About the room"
             *       }
             *     ]
             */
            labels?: components["schemas"]["LabelRequest"][];
            /** @example Facilities request */
            name?: string;
        };
        UpdateCustomListRequest: {
            /**
             * @description in the order they are offered
             * @example [
             *       {
             *         "value": "north",
             *         "labels": [
             *           {
             *             "language": "en",
             *             "text": "North wing"
             *           }
             *         ]
             *       }
             *     ]
             */
            items?: components["schemas"]["ListItemRequest"][];
            /** @example Buildings */
            name?: string;
        };
        UpdateDepartmentRequest: {
            /**
             * @description false: its tickets get no auto-responses (new ticket, new message)
             * @default true
             */
            autoResponse: boolean;
            /**
             * @description shown to requesters
             * @default true
             */
            isPublic: boolean;
            /**
             * Format: uuid
             * @description an agent of the instance
             */
            managerStaffId?: string | null;
            /** @example Student office */
            name?: string;
            /**
             * @description the department's mail is sent from it
             * @example office@example.org
             */
            outgoingEmail?: string | null;
            /**
             * Format: uuid
             * @description departments form a tree; no loops
             */
            parentId?: string | null;
            /**
             * Format: uuid
             * @description the SLA plan of its new tickets whose help topic names none; null: the instance's default
             */
            slaPlanId?: string | null;
        };
        UpdateHelpTopicRequest: {
            /**
             * Format: uuid
             * @description new tickets go to this agent (not with a team)
             */
            autoAssignStaffId?: string | null;
            /**
             * Format: uuid
             * @description new tickets go to this team (not with an agent)
             */
            autoAssignTeamId?: string | null;
            /**
             * @description false: its tickets get no auto-responses, whatever the department's switch
             * @default true
             */
            autoResponse: boolean;
            /**
             * Format: uuid
             * @description where its tickets go
             */
            departmentId?: string;
            /**
             * @description inactive topics take no new tickets
             * @default true
             */
            isActive: boolean;
            /**
             * @description offered in the portal
             * @default true
             */
            isPublic: boolean;
            /**
             * @description unique among the topics with the same parent
             * @example Enrolment
             */
            name?: string;
            /**
             * Format: uuid
             * @description topics form a tree; no loops
             */
            parentId?: string | null;
            /**
             * Format: uuid
             * @description null: the instance's default priority
             */
            priorityId?: string | null;
            /**
             * @description null: the instance's format
             * @example MAT-{n:5}
             */
            referenceFormat?: string | null;
            /**
             * Format: uuid
             * @description null: the default SLA plan
             */
            slaPlanId?: string | null;
        };
        UpdateMailboxRequest: {
            /**
             * @description the address requesters write to
             * @example suport@etsetb.example.edu
             */
            address?: string;
            /**
             * @description mark seen, move to afterFetchFolder, or delete
             * @default seen
             * @enum {string}
             */
            afterFetch: "seen" | "move" | "delete";
            /** @example Tessera */
            afterFetchFolder?: string | null;
            /**
             * @description send the new-ticket auto-response for mail of this mailbox
             * @default true
             */
            autoResponse: boolean;
            /**
             * Format: uuid
             * @description where new tickets from this mailbox go
             */
            departmentId?: string;
            /**
             * @default 300
             * @example 120
             */
            fetchIntervalSeconds: number;
            /** Format: uuid */
            helpTopicId?: string | null;
            /**
             * @default INBOX
             * @example INBOX
             */
            imapFolder: string;
            /**
             * @description leave empty (with imapUser) for a mailbox fed only by an MTA pipe
             * @example imap.example.edu
             */
            imapHost?: string | null;
            /**
             * @description stored encrypted, never returned; null removes it
             * @example an app password
             */
            imapPassword?: string | null;
            /**
             * @description default 993 with tls, 143 otherwise
             * @example 993
             */
            imapPort?: number | null;
            /**
             * @default tls
             * @enum {string}
             */
            imapSecurity: "tls" | "starttls" | "none";
            /** @example suport */
            imapUser?: string | null;
            /** @default true */
            isActive: boolean;
            /** @example Student office */
            name?: string;
            /** Format: uuid */
            priorityId?: string | null;
        };
        UpdateOrganizationRequest: {
            /**
             * @description members are added as collaborators to each other's new tickets
             * @default false
             */
            autoAddMembers: boolean;
            /**
             * @description new requesters with an address here join the organization; each domain belongs to one organization
             * @example [
             *       "etsetb.upc.edu"
             *     ]
             */
            domains?: string[];
            /**
             * @description members see all the organization's tickets in the portal
             * @default false
             */
            membersSeeAll: boolean;
            /** @example ETSETB */
            name?: string;
        };
        UpdatePriorityRequest: {
            /**
             * @description new tickets get it unless their topic or the matrix says otherwise
             * @default false
             */
            isDefault: boolean;
            /** @example Critical */
            name?: string;
            /**
             * @description the rank: higher is more urgent
             * @example 5
             */
            urgency?: number;
        };
        UpdateRecurringTicketRequest: {
            /**
             * Format: uuid
             * @description the agent each ticket is assigned to
             * @example null
             */
            assignStaffId?: string | null;
            /**
             * Format: uuid
             * @description the team each ticket is assigned to
             * @example null
             */
            assignTeamId?: string | null;
            /**
             * @description the first entry: an internal note
             * @example Restore one file from each backup set and note the result here.
             */
            body?: string;
            /**
             * Format: uuid
             * @example 0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8091
             */
            departmentId?: string;
            /**
             * Format: uuid
             * @example null
             */
            helpTopicId?: string | null;
            /**
             * @description an inactive one opens nothing; switched on again it starts from now
             * @default true
             * @example true
             */
            isActive: boolean;
            /** @example Monthly backup check */
            name?: string;
            /**
             * Format: uuid
             * @description null: the topic's or the instance's default
             * @example null
             */
            priorityId?: string | null;
            /**
             * @description the ticket's requester
             * @example it-operations@uni.example
             */
            requesterEmail?: string;
            /** @example IT operations */
            requesterName?: string | null;
            /**
             * @description an RFC 5545 RRULE value without DTSTART, TZID, BYMINUTE or BYSECOND; HOURLY at the finest
             * @example FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1
             */
            rrule?: string;
            /**
             * @description the first occurrence, as wall-clock time in the time zone
             * @example 2026-01-05T09:00
             */
            startsAt?: string;
            /** @example Check last month’s backups */
            subject?: string;
            /**
             * @description put on each ticket it opens; 20 at most
             * @example [
             *       "backups",
             *       "monthly"
             *     ]
             */
            tags?: string[];
            /**
             * @description an IANA time zone
             * @example Europe/Madrid
             */
            timezone?: string;
        };
        UpdateRequesterRequest: {
            /**
             * @description may sign in to the portal; links in mails work either way
             * @default true
             */
            canLogin: boolean;
            /**
             * @description the first is the primary address; each belongs to one requester of the instance
             * @example [
             *       "marta.soler@estudiantat.upc.edu",
             *       "marta@example.org"
             *     ]
             */
            emails?: string[];
            /** @enum {string|null} */
            language?: "en" | "ca" | "es" | "de" | "nl" | null;
            /** @example Marta Soler */
            name?: string;
            /** @description every organization the requester belongs to */
            organizationIds?: string[];
            /** @example +34 934 01 00 00 */
            phone?: string | null;
        };
        UpdateRoleRequest: {
            /** @example Front desk */
            name?: string;
            /**
             * @description unknown ones are refused by name
             * @example [
             *       "ticket.create",
             *       "ticket.reply"
             *     ]
             */
            permissions?: ("ticket.create" | "ticket.edit" | "ticket.assign" | "ticket.transfer" | "ticket.reply" | "ticket.close" | "ticket.delete" | "ticket.merge" | "ticket.link" | "task.create" | "task.edit" | "task.assign" | "task.transfer" | "task.reply" | "task.close" | "task.delete" | "faq.manage" | "canned.manage" | "topics.manage" | "filters.manage" | "members.manage" | "stats.agents")[];
        };
        UpdateScheduleRequest: {
            /**
             * @description closed days: 'YYYY-MM-DD' once, '--MM-DD' every year
             * @example [
             *       "2026-12-08",
             *       "--12-25"
             *     ]
             */
            holidays?: string[];
            /** @example Office hours */
            name?: string;
            /**
             * @description an IANA time zone
             * @example Europe/Madrid
             */
            timeZone?: string;
            week?: components["schemas"]["WeekHours"];
        };
        UpdateSettingsRequest: {
            /**
             * @description largest attachment kept from inbound mail, in bytes; larger ones are dropped with a note
             * @example 10485760
             */
            attachmentMaxBytes?: number;
            /**
             * @description media types kept from inbound mail (`type/*` allowed); empty: any type
             * @example [
             *       "image/*",
             *       "application/pdf"
             *     ]
             */
            attachmentTypes?: string[];
            /**
             * @description resolved tickets close after; 0 never
             * @example 14
             */
            autocloseDays?: number;
            /**
             * @description automatic responses one address gets per hour at most
             * @example 5
             */
            autoresponseHourlyLimit?: number;
            /**
             * @description what a requester's reply to a closed ticket does
             * @enum {string}
             */
            closedReplyPolicy?: "reopen" | "new_ticket";
            /**
             * @description shown in the portal, the panel and the mail; null: the instance’s name
             * @example Universitat Exemple
             */
            companyName?: string | null;
            /**
             * Format: uuid
             * @description the department of such tickets when there is no default help topic; null: none
             */
            defaultDepartmentId?: string | null;
            /**
             * Format: uuid
             * @description an active help topic: where a ticket goes when its channel (an API key) names neither a help topic nor a department; null: none
             */
            defaultHelpTopicId?: string | null;
            /**
             * @description how long an agent's reply lock lasts
             * @example 300
             */
            lockSeconds?: number;
            /**
             * @description open tickets one requester may have before new mail is refused with a notice; 0 no limit
             * @example 0
             */
            maxOpenTickets?: number;
            /**
             * @description false: the portal shows its offline page and takes no tickets; mail still becomes tickets
             * @example true
             */
            portalOnline?: boolean;
            /**
             * @description the colour of buttons and links, #rrggbb in lower case, dark enough for white text (contrast 4.5:1); null: the product’s
             * @example #1c5d99
             */
            primaryColor?: string | null;
            /**
             * @description matrix: impact x urgency picks the priority and targets
             * @enum {string}
             */
            priorityMode?: "list" | "matrix";
            /**
             * @description `prefix{n}` or `prefix{n:6}` counts up; `######` draws random digits
             * @example suport#{n}
             */
            referenceFormat?: string;
            /**
             * @description who may create a portal account
             * @enum {string}
             */
            registration?: "open" | "closed" | "invitation";
            /**
             * @description every agent must sign in with a second factor; agents without one set it up after their password
             * @example true
             */
            requireTwoFactor?: boolean;
            /**
             * @description a mail answering a ticket from someone not on it: add them as a collaborator, or open a new ticket
             * @enum {string}
             */
            unknownSenderPolicy?: "collaborator" | "new_ticket";
        };
        UpdateSlaPlanRequest: {
            /** @example 240 */
            firstResponseMinutes?: number;
            /**
             * @default 0
             * @example 30
             */
            graceMinutes: number;
            /**
             * @description for tickets whose help topic has no plan; at most one
             * @default false
             */
            isDefault: boolean;
            /** @example Exams period */
            name?: string;
            /**
             * @description the clock stops while the ticket's status is in the pending state
             * @default true
             */
            pauseWhenPending: boolean;
            /**
             * @description not shorter than the first-response target
             * @example 1440
             */
            resolutionMinutes?: number;
            /**
             * Format: uuid
             * @description the business hours the clock runs on (admin/schedules); null: around the clock in the instance's time zone
             */
            scheduleId?: string | null;
            /**
             * @description warn when this percentage of a target has run; null: no warning
             * @default 75
             * @example 75
             */
            warnPercent: number | null;
        };
        UpdateStatusRequest: {
            /**
             * @description new tickets start here; must be in the state new or open
             * @default false
             */
            isDefault: boolean;
            /** @example Waiting for documents */
            name?: string;
            /**
             * @description what requesters see; the name when left out
             * @example We are waiting for your documents
             */
            requesterLabel?: string;
            /**
             * @description position in lists; after the last when left out
             * @example 3
             */
            sortOrder?: number;
            /**
             * @description what the workflow does with tickets in it
             * @example pending
             * @enum {string}
             */
            state?: "new" | "open" | "pending" | "resolved" | "closed";
        };
        UpdateTaskRequest: {
            /** Format: uuid */
            assigneeStaffId?: string | null;
            /** Format: uuid */
            assigneeTeamId?: string | null;
            /**
             * Format: uuid
             * @description the department the task belongs to; task.create there
             */
            departmentId?: string;
            /** @example The spare toner is in the store room. */
            description?: string;
            /**
             * Format: date-time
             * @example 2026-12-04T12:00:00Z
             */
            dueAt?: string | null;
            /** @example Replace the toner of printer B3 */
            title?: string;
        };
        UpdateTeamRequest: {
            /**
             * @description a ticket given to the team also gets one of its agents: in turn (round_robin), or the one with fewest open tickets (least_loaded)
             * @default none
             * @example round_robin
             * @enum {string}
             */
            assignment: "none" | "round_robin" | "least_loaded";
            /**
             * @description inactive teams get no tickets and give no access
             * @default true
             */
            isActive: boolean;
            /**
             * Format: uuid
             * @description an agent; becomes a member
             */
            leadStaffId?: string | null;
            /**
             * @description automatic assignment passes by agents with this many open tickets; null: no cap
             * @example 15
             */
            maxOpenPerAgent?: number | null;
            /** @example Second line */
            name?: string;
        };
        UpdateTenantRequest: {
            /** @enum {string} */
            defaultLanguage?: "en" | "ca" | "es" | "de" | "nl";
            /** @example ETSETB student office */
            name?: string;
            /**
             * @description renaming keeps the old slug as a redirect
             * @example etsetb-office
             */
            slug?: string;
            /** @example Europe/Amsterdam */
            timezone?: string;
        };
        UpdateTicketFilterRequest: {
            /** @description at least one, run in order */
            actions?: components["schemas"]["FilterActionDto"][];
            /** @description at least one */
            conditions?: components["schemas"]["FilterConditionDto"][];
            /**
             * Format: uuid
             * @description null or absent: instance-wide (managers). A department's filter (filters.manage there) runs after the instance's on the tickets that would open in that department, and keeps them there
             * @example 0193a4e2-5b7c-7def-8a12-3456789abcde
             */
            departmentId?: string | null;
            /**
             * @description an inactive filter does nothing
             * @default true
             */
            isActive: boolean;
            /**
             * @description all conditions must hold, or any one
             * @example all
             * @enum {string}
             */
            match?: "all" | "any";
            /** @example Example Corp to Sales */
            name?: string;
            /**
             * @description where it runs among the filters of its scope, 1 first; absent on a new filter: after the others. The others move to make room
             * @example 1
             */
            position?: number;
        };
        UpdateTimeRuleRequest: {
            /** @description at least one, run in order */
            actions?: components["schemas"]["TimeRuleActionDto"][];
            /**
             * @description what the ticket has been for the wait: in a state, in a status, unassigned (and not done), or waiting for its requester since an agent’s public response (and not done)
             * @example state
             * @enum {string}
             */
            condition?: "state" | "status" | "unassigned" | "awaiting-requester";
            /**
             * Format: uuid
             * @description only tickets of this department
             * @example null
             */
            departmentId?: string | null;
            /**
             * Format: uuid
             * @description only tickets of this help topic
             * @example null
             */
            helpTopicId?: string | null;
            /**
             * @description an inactive rule does nothing; switched on again, it takes the tickets in its condition
             * @default true
             * @example true
             */
            isActive: boolean;
            /** @example Pending a week: remind */
            name?: string;
            /**
             * Format: uuid
             * @description only tickets of this priority
             * @example null
             */
            priorityId?: string | null;
            /**
             * @description the state, for the condition state
             * @example pending
             * @enum {string|null}
             */
            state?: "new" | "open" | "pending" | "resolved" | "closed" | null;
            /**
             * Format: uuid
             * @description the status, for the condition status
             * @example null
             */
            statusId?: string | null;
            /**
             * @description only tickets with this tag
             * @example null
             */
            tag?: string | null;
            /**
             * @description how long, in calendar time, from when the ticket entered the condition
             * @example 7
             */
            waitAmount?: number;
            /**
             * @example days
             * @enum {string}
             */
            waitUnit?: "minutes" | "hours" | "days";
        };
        UpdateTriggerRequest: {
            /** @description at least one, run in order */
            actions?: components["schemas"]["TriggerActionDto"][];
            /** @description none: it runs on every event it names */
            conditions?: components["schemas"]["TriggerConditionDto"][];
            /**
             * @description the ticket events it runs on: at least one
             * @example [
             *       "requester-reply"
             *     ]
             */
            events?: ("created" | "requester-reply" | "agent-reply" | "note" | "status" | "priority" | "assignment" | "department" | "sla-warning" | "sla-breach" | "task-closed")[];
            /**
             * @description an inactive trigger does nothing
             * @default true
             */
            isActive: boolean;
            /**
             * @description all conditions must hold, or any one
             * @example all
             * @enum {string}
             */
            match?: "all" | "any";
            /** @example Reply reopens */
            name?: string;
            /**
             * @description where it runs, 1 first; absent on a new trigger: after the others. The others move to make room
             * @example 1
             */
            position?: number;
        };
        UpdateViewRequest: {
            /**
             * @description in display order, each once
             * @example [
             *       "reference",
             *       "subject",
             *       "status",
             *       "dueAt"
             *     ]
             */
            columns?: ("reference" | "subject" | "requester" | "helpTopic" | "department" | "status" | "priority" | "assignee" | "team" | "dueAt" | "lastActivityAt" | "createdAt")[];
            /** @description the queue and filters of GET tickets, with its rules; state is a list */
            filters?: components["schemas"]["QueueFilters"];
            /**
             * @description unique among my views
             * @example Printers, overdue first
             */
            name?: string;
            /**
             * @description display order; default: after my last view
             * @example 0
             */
            position?: number;
            /**
             * @description as GET tickets takes it
             * @example due
             * @enum {string}
             */
            sort?: "due" | "-due" | "created" | "-created" | "activity" | "-activity" | "priority" | "-priority";
        };
        UpdateWebhookRequest: {
            /**
             * @description an inactive webhook receives nothing
             * @default true
             */
            isActive: boolean;
            /**
             * @description the ticket events it receives; at least one
             * @example [
             *       "ticket.created",
             *       "ticket.message"
             *     ]
             */
            kinds?: ("ticket.created" | "ticket.message" | "ticket.response" | "ticket.note" | "ticket.assigned" | "ticket.unassigned" | "ticket.claimed" | "ticket.released" | "ticket.transferred" | "ticket.priority" | "ticket.status" | "ticket.resolved" | "ticket.closed" | "ticket.updated" | "ticket.locked" | "ticket.unlocked" | "ticket.overdue" | "ticket.sla-warning" | "ticket.escalated" | "ticket.time-rule" | "ticket.deleted")[];
            /** @example Chat notifications */
            name?: string;
            /**
             * @description http or https, without user name or password
             * @example https://hooks.example.org/tessera
             */
            url?: string;
        };
        ViewResponse: {
            columns: ("reference" | "subject" | "requester" | "helpTopic" | "department" | "status" | "priority" | "assignee" | "team" | "dueAt" | "lastActivityAt" | "createdAt")[];
            /** Format: date-time */
            createdAt: string;
            /** @description as saved: pass them (and sort) to GET tickets */
            filters: components["schemas"]["QueueFilters"];
            /** Format: uuid */
            id: string;
            /** @example Printers, overdue first */
            name: string;
            /** @example 0 */
            position: number;
            /** @enum {string} */
            sort: "due" | "-due" | "created" | "-created" | "activity" | "-activity" | "priority" | "-priority";
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookDeliveryResponse: {
            /**
             * @description posts tried so far
             * @example 1
             */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description the event (X-Tessera-Delivery)
             */
            eventId: string;
            /** @example ticket.created */
            kind: string;
            /**
             * @description why the last try failed
             * @example connect ECONNREFUSED
             */
            lastError?: string | null;
            /**
             * @description the endpoint's last HTTP status
             * @example 200
             */
            responseStatus?: number | null;
            /**
             * @description pending: tried again later; refused: an internal address
             * @enum {string}
             */
            status: "pending" | "sent" | "failed" | "refused";
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookResponse: {
            /**
             * @description events in a row whose last attempt failed; a success resets it
             * @example 0
             */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description when Tessera switched it off after TESSERA_WEBHOOKS_DISABLE_AFTER failed events in a row; switching it on again clears it
             */
            disabledAt?: string | null;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            kinds: ("ticket.created" | "ticket.message" | "ticket.response" | "ticket.note" | "ticket.assigned" | "ticket.unassigned" | "ticket.claimed" | "ticket.released" | "ticket.transferred" | "ticket.priority" | "ticket.status" | "ticket.resolved" | "ticket.closed" | "ticket.updated" | "ticket.locked" | "ticket.unlocked" | "ticket.overdue" | "ticket.sla-warning" | "ticket.escalated" | "ticket.time-rule" | "ticket.deleted")[];
            /** @example Chat notifications */
            name: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://hooks.example.org/tessera */
            url: string;
        };
        WebhookWithSecretResponse: {
            /**
             * @description events in a row whose last attempt failed; a success resets it
             * @example 0
             */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description when Tessera switched it off after TESSERA_WEBHOOKS_DISABLE_AFTER failed events in a row; switching it on again clears it
             */
            disabledAt?: string | null;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            kinds: ("ticket.created" | "ticket.message" | "ticket.response" | "ticket.note" | "ticket.assigned" | "ticket.unassigned" | "ticket.claimed" | "ticket.released" | "ticket.transferred" | "ticket.priority" | "ticket.status" | "ticket.resolved" | "ticket.closed" | "ticket.updated" | "ticket.locked" | "ticket.unlocked" | "ticket.overdue" | "ticket.sla-warning" | "ticket.escalated" | "ticket.time-rule" | "ticket.deleted")[];
            /** @example Chat notifications */
            name: string;
            /**
             * @description shown this once; verifies X-Tessera-Signature
             * @example whsec_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk
             */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://hooks.example.org/tessera */
            url: string;
        };
        WeekHours: {
            /** @description friday: intervals in order, not overlapping; empty or left out: closed */
            friday?: components["schemas"]["OpeningHours"][];
            /** @description monday: intervals in order, not overlapping; empty or left out: closed */
            monday?: components["schemas"]["OpeningHours"][];
            /** @description saturday: intervals in order, not overlapping; empty or left out: closed */
            saturday?: components["schemas"]["OpeningHours"][];
            /** @description sunday: intervals in order, not overlapping; empty or left out: closed */
            sunday?: components["schemas"]["OpeningHours"][];
            /** @description thursday: intervals in order, not overlapping; empty or left out: closed */
            thursday?: components["schemas"]["OpeningHours"][];
            /** @description tuesday: intervals in order, not overlapping; empty or left out: closed */
            tuesday?: components["schemas"]["OpeningHours"][];
            /** @description wednesday: intervals in order, not overlapping; empty or left out: closed */
            wednesday?: components["schemas"]["OpeningHours"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    TenantsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantPageResponse"];
                };
            };
        };
    };
    TenantsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantRequest"];
            };
        };
        responses: {
            /** @description The instance, from the default template and the configuration file given, with its first manager; 400 configuration.invalid names the member of the file at fault */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisionedTenantResponse"];
                };
            };
        };
    };
    TenantsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponse"];
                };
            };
        };
    };
    TenantsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance and everything it owns are removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TenantsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTenantRequest"];
            };
        };
        responses: {
            /** @description Renaming keeps the old slug answering with 308 redirects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponse"];
                };
            };
        };
    };
    TenantsController_configuration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance's configuration file, as its managers export it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationFileResponse"];
                };
            };
        };
    };
    TenantsController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponse"];
                };
            };
        };
    };
    TenantsController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Instance routes answer 403 until resumed; no data is removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponse"];
                };
            };
        };
    };
    AgentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentRequest"];
            };
        };
        responses: {
            /** @description A taken e-mail answers 409 auth.email-taken; a short password 400 auth.weak-password */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentRequest"];
            };
        };
        responses: {
            /** @description Locking, deactivating or a new password ends the agent's sessions. Managers cannot demote, lock or deactivate themselves (409 agent.own-account), nor the last active manager (409 agent.last-manager) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_removeTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removes the agent's second factor and recovery codes (a lost phone); the password alone signs in again, or the set-up follows it where the instance requires one */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AlertsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertsResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AlertsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAlertsRequest"];
            };
        };
        responses: {
            /** @description An enabled alert without recipients, or a key named twice, answers 400 alerts.invalid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertsResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked keys included; never a token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The token is in this answer only; keep it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiKeysController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Never a token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key stops working at once and stays listed as revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConfigurationController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationFileResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConfigurationController_import: {
        parameters: {
            query?: {
                /** @description true: answer the plan and write nothing */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigurationFileRequest"];
            };
        };
        responses: {
            /** @description Creates and updates rows by natural key, never removes; all or nothing. 400 configuration.invalid names the member at fault; configuration.unsupported-version for a newer file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationPlanResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFieldsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFieldsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomFieldRequest"];
            };
        };
        responses: {
            /** @description 409 directory.name-taken for a key already used */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFieldsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFieldsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 409 directory.in-use while a form shows it; values stay on the tickets */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFieldsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomFieldRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFormsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFormResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFormsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomFormRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFormResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFormsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFormResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFormsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The values its fields hold stay on the tickets */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomFormsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomFormRequest"];
            };
        };
        responses: {
            /** @description fields and helpTopicIds replace the form’s as a whole */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFormResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomListsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomListResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomListsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomListRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomListResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomListsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomListResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomListsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 409 directory.in-use while a choice field takes its values */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomListsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomListRequest"];
            };
        };
        responses: {
            /** @description A value taken out of the list stays on the tickets that hold it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomListResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DepartmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDepartmentResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DepartmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartmentRequest"];
            };
        };
        responses: {
            /** @description A taken name answers 409 directory.name-taken */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDepartmentResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DepartmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDepartmentResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DepartmentsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 409 directory.in-use while tickets, help topics, agents or child departments use it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DepartmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDepartmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDepartmentResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DepartmentMembersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its agents, primary and extra, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentMemberResponse"][];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DepartmentMembersController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentMemberRequest"];
            };
        };
        responses: {
            /** @description Adds the agent to the department with the role, or gives them the role there. 403 directory.forbidden for a role beyond your own there, for an agent whose role there exceeds yours, for your own place and for an instance manager */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentMemberResponse"];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DepartmentMembersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent no longer works in the department; 400 directory.invalid for the agent's primary department */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketFiltersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In the order they run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketFilterResponse"][];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketFiltersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTicketFilterRequest"];
            };
        };
        responses: {
            /** @description 400 filter.invalid naming the field (e.g. conditions.0.value for a pattern RE2 refuses, actions.1.value for an id not of this instance) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketFilterResponse"];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketFiltersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketFilterResponse"];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketFiltersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filters after it move up */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketFiltersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTicketFilterRequest"];
            };
        };
        responses: {
            /** @description A new position moves the others to make room */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketFilterResponse"];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketFiltersController_dryRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketFilterDryRunRequest"];
            };
        };
        responses: {
            /** @description What the active filters would do to the sample message or the ticket; changes nothing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketFilterDryRunResponse"];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HelpTopicsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHelpTopicResponse"][];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HelpTopicsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHelpTopicRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHelpTopicResponse"];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HelpTopicsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHelpTopicResponse"];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HelpTopicsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 409 directory.in-use while tickets or child topics use it; deactivate it instead */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HelpTopicsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHelpTopicRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHelpTopicResponse"];
                };
            };
            /** @description *.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LdapController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 404 while none is set up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LdapDirectoryResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LdapController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LdapDirectoryRequest"];
            };
        };
        responses: {
            /** @description Creates or replaces the settings; the stored bind password stays unless given */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LdapDirectoryResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LdapController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Directory accounts can no longer sign in until it is set up again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LdapController_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Binds as the service account and runs the filter; a problem names what is wrong (503: no answer) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LdapTestResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BrandingController_putLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoRequest"];
            };
        };
        responses: {
            /** @description 400 directory.invalid: not an image of the type given, or too large */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BrandingController_deleteLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailLogController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description only mail the intake treated this way */
                status?: "accepted" | "flagged" | "dropped" | "refused";
                /** @description true: only mail nobody has reviewed yet */
                unreviewed?: boolean;
            };
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailLogPageResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailLogController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailLogResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailLogController_raw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the message as received, as a download (.eml) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailLogController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A flagged message was dealt with; 409 for mail that was not flagged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailLogResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailboxesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By name, with each one’s last fetch and error */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailboxesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMailboxRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailboxesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailboxesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tickets keep the mail they received */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailboxesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMailboxRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailboxesController_inboundToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new token for the MTA pipe; the previous one stops working */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundTokenResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description A domain of another organization answers 409 organization.domain-taken */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its members stay, without this membership */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_members: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requesters who belong to it, a page at a time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterPageResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BrandingController_pages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BrandingController_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
                language: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 404 directory.not-found: none yet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BrandingController_putPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
                language: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PageRequest"];
            };
        };
        responses: {
            /** @description kind: landing, thank-you or offline; the body as kept (sanitised) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BrandingController_deletePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
                language: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portal shows the page of another language, or its own text */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PrioritiesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PrioritiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePriorityRequest"];
            };
        };
        responses: {
            /** @description A new default takes the flag from the old one */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PrioritiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PrioritiesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 409 for the default and while tickets, help topics or the priority matrix use it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PrioritiesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePriorityRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_priorityMatrix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bands in force: the instance's own, or the shipped default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityMatrixResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_setPriorityMatrix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorityMatrixRequest"];
            };
        };
        responses: {
            /** @description Gaps, overlaps and unknown priorities answer 400 directory.invalid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityMatrixResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_bandLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                minProduct: number;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The escalation line of the band starting at minProduct; empty: the ticket's plan's line applies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationLineResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_replaceBandLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                minProduct: number;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationLineRequest"];
            };
        };
        responses: {
            /** @description the whole line, replaced; no band starting there: 404 directory.not-found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationLineResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecurringTicketsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringTicketResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecurringTicketsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecurringTicketRequest"];
            };
        };
        responses: {
            /** @description 400 recurring.invalid naming rrule, startsAt, timezone or a reference; 409 recurring.name-taken */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringTicketResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecurringTicketsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringTicketResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecurringTicketsController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tickets it opened stay */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecurringTicketsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecurringTicketRequest"];
            };
        };
        responses: {
            /** @description The schedule starts again from now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringTicketResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecurringTicketsController_runs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest 50 occurrences opened, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringRunResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_referenceCounters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counters of the instance's reference format and of help topics' own formats (random formats have none) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceCounterResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_continueReferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferenceCounterRequest"];
            };
        };
        responses: {
            /** @description Lower than the counter is at, or a random format: 400 ticket.invalid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceCounterResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestersController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description only members of this organization */
                organizationId?: string;
                /** @description part of the name (accents ignored) or of an address */
                q?: string;
            };
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In creation order, a page at a time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterPageResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRequesterRequest"];
            };
        };
        responses: {
            /** @description An address of another requester answers 409 requester.email-taken */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRequesterRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestersController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requester gets a link to set a password, valid for 7 days */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RolesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RolesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleRequest"];
            };
        };
        responses: {
            /** @description Unknown permissions answer 400 directory.invalid naming them in `unknown` */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RolesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RolesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 409 directory.in-use while an agent holds the role in any department */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RolesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoleRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SchedulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SchedulesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleRequest"];
            };
        };
        responses: {
            /** @description 400 directory.invalid naming timeZone, week or holidays when the schedule cannot be used */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SchedulesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SchedulesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 409 directory.in-use while SLA plans use it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SchedulesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleRequest"];
            };
        };
        responses: {
            /** @description a new week replaces the old one whole */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSettingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SlaPlansController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPlanResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SlaPlansController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlaPlanRequest"];
            };
        };
        responses: {
            /** @description A new default takes the flag from the old one */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPlanResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SlaPlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPlanResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SlaPlansController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 409 directory.in-use while tickets or help topics use it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SlaPlansController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSlaPlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPlanResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SlaPlansController_line: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationLineResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SlaPlansController_replaceLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationLineRequest"];
            };
        };
        responses: {
            /** @description the whole line, replaced; 400 directory.invalid names the step and field */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationLineResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatusesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatusesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStatusRequest"];
            };
        };
        responses: {
            /** @description A new default takes the flag from the old one */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatusesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatusesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 409 while tickets use it, for the default, or for the last status of its state */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatusesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStatusRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tickets and help topics assigned to the team lose that assignment */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamRequest"];
            };
        };
        responses: {
            /** @description A new lead becomes a member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TeamsController_setMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMembersRequest"];
            };
        };
        responses: {
            /** @description The members become exactly these agents, plus the lead */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TemplatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every key, with its variables and which languages the instance changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateSummaryResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TemplatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit" | "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue" | "requester.registration" | "requester.password-reset" | "requester.invitation" | "requester.ticket-link" | "staff.password-reset";
                language: "en" | "ca" | "es" | "de" | "nl";
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TemplatesController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit" | "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue" | "requester.registration" | "requester.password-reset" | "requester.invitation" | "requester.ticket-link" | "staff.password-reset";
                language: "en" | "ca" | "es" | "de" | "nl";
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateRequest"];
            };
        };
        responses: {
            /** @description Unknown variables, malformed placeholders and a ticket mail without [{{ticket.reference}}] in its subject answer 400 template.invalid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TemplatesController_revert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit" | "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue" | "requester.registration" | "requester.password-reset" | "requester.invitation" | "requester.ticket-link" | "staff.password-reset";
                language: "en" | "ca" | "es" | "de" | "nl";
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the shipped text */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TemplatesController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: "ticket.new.autoresponse" | "ticket.message.autoresponse" | "ticket.response" | "ticket.resolved" | "ticket.closed" | "ticket.overlimit" | "alert.ticket.new" | "alert.ticket.message" | "alert.ticket.note" | "alert.ticket.assigned" | "alert.ticket.transferred" | "alert.ticket.overdue" | "alert.ticket.escalated" | "alert.ticket.time-rule" | "alert.mailbox.failing" | "alert.webhook.disabled" | "alert.task.new" | "alert.task.assigned" | "alert.task.overdue" | "requester.registration" | "requester.password-reset" | "requester.invitation" | "requester.ticket-link" | "staff.password-reset";
                language: "en" | "ca" | "es" | "de" | "nl";
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplatePreviewRequest"];
            };
        };
        responses: {
            /** @description The template in force, or the draft sent, rendered with sample values; nothing is saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePreviewResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TimeRulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeRuleResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TimeRulesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTimeRuleRequest"];
            };
        };
        responses: {
            /** @description 400 time-rule.invalid naming the field; 409 time-rule.name-taken */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeRuleResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TimeRulesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeRuleResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TimeRulesController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What it did to tickets stays */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TimeRulesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTimeRuleRequest"];
            };
        };
        responses: {
            /** @description The rule takes the tickets in its condition now, but for the episodes it acted in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeRuleResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TriggersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In the order they run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TriggersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTriggerRequest"];
            };
        };
        responses: {
            /** @description 400 trigger.invalid naming the field (e.g. conditions.0.field for a change of a field no event changes, actions.1.value for an id not of this instance) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TriggersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TriggersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The triggers after it move up */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TriggersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTriggerRequest"];
            };
        };
        responses: {
            /** @description A new position moves the others to make room */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Never a secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The secret is in this answer only; 400 webhook.invalid naming url or kinds */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its deliveries go with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest 50, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"][];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event is posted to this webhook again, soon; 404 webhook.delivery-not-found */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_replaceSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret, in this answer only; the old one stops signing at once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            /** @description auth.forbidden: the caller is not a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryController_colleagues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColleagueResponse"][];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description cookie: keep the session in an HttpOnly cookie; the answer then carries csrfToken instead of token */
                "X-Tessera-Session"?: "cookie";
            };
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Failed logins are counted per account and address; too many give 429. With a second factor on (or required), the answer is secondFactor instead of a session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
        };
    };
    AuthController_loginWithCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description cookie: keep the session in an HttpOnly cookie; the answer then carries csrfToken instead of token */
                "X-Tessera-Session"?: "cookie";
            };
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeCodeRequest"];
            };
        };
        responses: {
            /** @description A code of the app or an unused recovery code; wrong codes are counted like passwords (429), a used one never works again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
        };
    };
    AuthController_startEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeRequest"];
            };
        };
        responses: {
            /** @description The instance requires a second factor: a new secret for the app, pending until confirmed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResponse"];
                };
            };
        };
    };
    AuthController_confirmEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /** @description cookie: keep the session in an HttpOnly cookie; the answer then carries csrfToken instead of token */
                "X-Tessera-Session"?: "cookie";
            };
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeCodeRequest"];
            };
        };
        responses: {
            /** @description The first code switches the second factor on and signs in; the answer carries the recovery codes this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token stops working at once */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentPreferencesRequest"];
            };
        };
        responses: {
            /** @description The signed-in agent’s own preferences: language, away until; a field left out stays */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    AuthController_confirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPasswordRequest"];
            };
        };
        responses: {
            /** @description The password is set and every session of the agent ends; the link works once */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_requestReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Always 202: whether the address is known is not revealed; an agent’s address gets a mailed link (capped per address and client) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TwoFactorController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorStatusResponse"];
                };
            };
        };
    };
    TwoFactorController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeRequest"];
            };
        };
        responses: {
            /** @description Takes a code (or a recovery code); 409 where the instance requires a second factor */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TwoFactorController_startEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret, pending until a code confirms it; 409 when a second factor is already on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResponse"];
                };
            };
        };
    };
    TwoFactorController_confirmEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeRequest"];
            };
        };
        responses: {
            /** @description The code of the app switches the second factor on; the recovery codes are shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesResponse"];
                };
            };
        };
    };
    TwoFactorController_renewRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeRequest"];
            };
        };
        responses: {
            /** @description Takes a code (or a recovery code): ten new recovery codes replace the old ones, shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesResponse"];
                };
            };
        };
    };
    CannedResponsesController_list: {
        parameters: {
            query?: {
                /** @description also the inactive ones */
                all?: boolean;
                /** @description the instance-wide ones and this department's */
                departmentId?: string;
            };
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By title; active ones unless all=true */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponseResponse"][];
                };
            };
        };
    };
    CannedResponsesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCannedResponseRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponseResponse"];
                };
            };
        };
    };
    CannedResponsesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponseResponse"];
                };
            };
        };
    };
    CannedResponsesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CannedResponsesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCannedResponseRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponseResponse"];
                };
            };
        };
    };
    CannedResponsesController_addFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        /** @description up to 10 files in `files`, within the instance's attachment limits */
        requestBody: {
            content: {
                "multipart/form-data": {
                    files: string[];
                };
            };
        };
        responses: {
            /** @description the response with all its files */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponseResponse"];
                };
            };
        };
    };
    CannedResponsesController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file, as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CannedResponsesController_removeFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryController_departments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentResponse"][];
                };
            };
        };
    };
    DirectoryController_department: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentResponse"];
                };
            };
        };
    };
    EventsController_stream: {
        parameters: {
            query?: {
                /** @description The id of the last event received, to replay what was missed. EventSource sends the Last-Event-ID header itself when it reconnects; this is for a first connect after a page load. */
                lastEventId?: string;
            };
            header?: {
                /** @description sent by EventSource on reconnect: replays what was missed (at most 500 events) */
                "Last-Event-ID"?: string;
            };
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every change of the instance’s tickets an agent sees live (ticket.created, ticket.response, ticket.note, ticket.locked, …), for any signed-in agent; fetch the ticket to see whether you may read it. Server-sent events. Each event: `id` (the outbox id, UUID v7), `event` (the kind, e.g. ticket.response) and `data` (JSON {kind, ticketId, reference}); ids and kinds only: fetch the ticket through its route. `event: reset` means events were missed and cannot be replayed: refetch everything shown. A comment every 25 s keeps the connection open; streams end after 15 minutes and the client reconnects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
        };
    };
    DirectoryController_helpTopics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpTopicResponse"][];
                };
            };
        };
    };
    DirectoryController_helpTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpTopicResponse"];
                };
            };
        };
    };
    DirectoryController_helpTopicFields: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fields of the topic’s tickets: its forms’ and its ancestors’, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormFieldResponse"][];
                };
            };
        };
    };
    MailInboundController_inbound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        /** @description the message as received, RFC 822 bytes */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "message/rfc822": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Taken (also when kept flagged for an agent, or already received before) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundMailResponse"];
                };
            };
        };
    };
    DirectoryController_organizations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSummaryResponse"][];
                };
            };
        };
    };
    PortalAuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description cookie: keep the session in an HttpOnly cookie; the answer then carries csrfToken instead of token */
                "X-Tessera-Session"?: "cookie";
            };
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Failed logins are counted per account and address; too many give 429 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterSignInResponse"];
                };
            };
        };
    };
    PortalAuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session (also a guest session) stops working at once */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalAuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed-in requesters only; a guest session gets 403 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterMeResponse"];
                };
            };
        };
    };
    PortalAuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnPreferencesRequest"];
            };
        };
        responses: {
            /** @description The signed-in requester’s own preferences; a guest session gets 403 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterMeResponse"];
                };
            };
        };
    };
    PortalAuthController_confirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPasswordRequest"];
            };
        };
        responses: {
            /** @description The password is set and every session of the account ends; the link works once */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalAuthController_requestReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Always 202: whether the address is known is not revealed; a known one gets a mailed link */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalAuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description The same answer for new and known addresses: a mail tells the address what comes next */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalAuthController_confirmRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description cookie: keep the session in an HttpOnly cookie; the answer then carries csrfToken instead of token */
                "X-Tessera-Session"?: "cookie";
            };
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkTokenRequest"];
            };
        };
        responses: {
            /** @description The address is confirmed, the password chosen at registration set; signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterSignInResponse"];
                };
            };
        };
    };
    PortalAuthController_guest: {
        parameters: {
            query?: never;
            header?: {
                /** @description cookie: keep the session in an HttpOnly cookie; the answer then carries csrfToken instead of token */
                "X-Tessera-Session"?: "cookie";
            };
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuestRequest"];
            };
        };
        responses: {
            /** @description A wrong reference, address or token all answer the same 404; rate-limited */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestSessionResponse"];
                };
            };
        };
    };
    PortalAuthController_mailGuestLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuestLinkRequest"];
            };
        };
        responses: {
            /** @description Always 202: when the address takes part in the ticket, the ticket's guest link is mailed to it */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalTicketsController_helpTopics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public, active topics as a tree; a hidden topic hides its subtree */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalTopicResponse"][];
                };
            };
        };
    };
    PortalTicketsController_topicFields: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fields a new ticket of the topic shows: its forms’ and its ancestors’, without those for agents only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormFieldResponse"][];
                };
            };
        };
    };
    PortalInstanceController_instance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public. Unknown instance: 404 tenant.not-found; suspended: 403 tenant.suspended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalInstanceResponse"];
                };
            };
        };
    };
    PortalAuthController_acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description cookie: keep the session in an HttpOnly cookie; the answer then carries csrfToken instead of token */
                "X-Tessera-Session"?: "cookie";
            };
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPasswordRequest"];
            };
        };
        responses: {
            /** @description The password is set; signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequesterSignInResponse"];
                };
            };
        };
    };
    PortalInstanceController_logo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public. The logo as uploaded; 404 directory.not-found when there is none */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalInstanceController_pages: {
        parameters: {
            query?: {
                /** @description the viewer's language; absent: the instance's */
                language?: "en" | "ca" | "es" | "de" | "nl";
            };
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public. Each page in the language asked for, else the instance's, else English, else any; null: none */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalPagesResponse"];
                };
            };
        };
    };
    PortalTicketsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description closed: resolved or closed */
                state?: "open" | "closed";
            };
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest activity first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalTicketPageResponse"];
                };
            };
        };
    };
    PortalTicketsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPortalTicketRequest"];
            };
        };
        responses: {
            /** @description Signed in, or without a session giving name and email */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewPortalTicketResponse"];
                };
            };
        };
    };
    PortalTicketsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalTicketResponse"];
                };
            };
        };
    };
    PortalTicketsController_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a file of a message or response, as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalTicketsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requester only; refused while tasks of the ticket are open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalTicketResponse"];
                };
            };
        };
    };
    PortalEventsController_stream: {
        parameters: {
            query?: {
                /** @description The id of the last event received, to replay what was missed. EventSource sends the Last-Event-ID header itself when it reconnects; this is for a first connect after a page load. */
                lastEventId?: string;
            };
            header?: {
                /** @description sent by EventSource on reconnect: replays what was missed (at most 500 events) */
                "Last-Event-ID"?: string;
            };
            path: {
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the requester may see of this ticket, live: ticket.created, ticket.message, ticket.response, ticket.status, ticket.resolved, ticket.closed; never notes or agents’ changes. A ticket the session may not read answers 404. Server-sent events. Each event: `id` (the outbox id, UUID v7), `event` (the kind, e.g. ticket.response) and `data` (JSON {kind, ticketId, reference}); ids and kinds only: fetch the ticket through its route. `event: reset` means events were missed and cannot be replayed: refetch everything shown. A comment every 25 s keeps the connection open; streams end after 15 minutes and the client reconnects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
        };
    };
    PortalTicketsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingRequest"];
            };
        };
        responses: {
            /** @description The requester only, once, after resolution */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalTicketResponse"];
                };
            };
        };
    };
    PortalTicketsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requester only, from resolved (or closed, where replies reopen closed tickets) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalTicketResponse"];
                };
            };
        };
    };
    PortalTicketsController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        /** @description JSON, or multipart/form-data with the same fields and up to 10 files in `files` */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalReplyRequest"];
                "multipart/form-data": components["schemas"]["PortalReplyRequest"];
            };
        };
        responses: {
            /** @description A reply reopens a resolved ticket; on a closed one the instance reopens it or opens a linked follow-up */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalReplyResponse"];
                };
            };
        };
    };
    DirectoryController_priorities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityResponse"][];
                };
            };
        };
    };
    DirectoryController_slaPlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPlanResponse"][];
                };
            };
        };
    };
    DirectoryController_slaPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPlanResponse"];
                };
            };
        };
    };
    DirectoryController_statuses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"][];
                };
            };
        };
    };
    TagsController_complete: {
        parameters: {
            query?: {
                limit?: number;
                /** @description the first letters, in any case; all tags without */
                prefix?: string;
            };
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the instance’s tags starting with prefix, alphabetically */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"][];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                /** @description mine, my teams, my departments, or overdue; all I see without */
                queue?: "mine" | "teams" | "department" | "overdue";
                state?: "open" | "closed";
                /** @description one ticket's tasks */
                ticket?: string;
            };
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open ones unless state=closed; by due date, undated last; at most 500 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"][];
                };
            };
        };
    };
    TasksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
        };
    };
    TasksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
        };
    };
    TasksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description task.delete; its notes go with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description task.edit for title, description and due date; task.assign; task.transfer for the department */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
        };
    };
    TasksController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description task.close */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
        };
    };
    TasksController_notes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskNoteResponse"][];
                };
            };
        };
    };
    TasksController_addNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskNoteRequest"];
            };
        };
        responses: {
            /** @description task.reply */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskNoteResponse"];
                };
            };
        };
    };
    TasksController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description task.close */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
        };
    };
    DirectoryController_teams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the active teams */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamSummaryResponse"][];
                };
            };
        };
    };
    TicketsController_queue: {
        parameters: {
            query?: {
                assigneeStaffId?: string;
                createdFrom?: string;
                createdTo?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description the key of a custom field; with customValue, tickets whose field holds that value */
                customField?: string;
                /** @description the value customField holds, as text: a number, true/false for a check box, a list value (a multiple choice holds it among others), an id for a reference */
                customValue?: string;
                departmentId?: string;
                dueFrom?: string;
                dueTo?: string;
                helpTopicId?: string;
                limit?: number;
                organizationId?: string;
                priorityId?: string;
                queue?: "mine" | "teams" | "unassigned" | "department" | "due-soon" | "overdue" | "all";
                requesterId?: string;
                /** @description a leading - sorts descending */
                sort?: "due" | "-due" | "created" | "-created" | "activity" | "-activity" | "priority" | "-priority";
                /** @description comma-separated states; default: new,open,pending except for queue=all */
                state?: string[];
                statusId?: string;
                /** @description tickets with this tag (in any case) */
                tag?: string;
            };
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuePageResponse"];
                };
            };
        };
    };
    TicketsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTicketRequest"];
            };
        };
        responses: {
            /** @description ETag header: the new version. With an API key the source is always api. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
        };
    };
    TicketsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ETag header: the current version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
        };
    };
    TicketActionsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ticket.delete: the ticket, its thread and the tickets merged into it are gone */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_edit: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditTicketRequest"];
            };
        };
        responses: {
            /** @description ticket.edit: subject, type, confidentiality, custom data; an "edited" event per changed field. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            /** @description ticket.assign: to an active, unlocked agent and/or an active team; null clears a side. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file, as a download; 404 unless its entry is one the caller may read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketCannedResponsesController_fill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its variables filled with the ticket's and your values */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilledCannedResponseResponse"];
                };
            };
        };
    };
    TicketActionsController_claim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description assigns the ticket to the caller: with ticket.assign, or with ticket.reply while no agent holds it (409 ticket.already-assigned otherwise). ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_addCollaborators: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollaboratorsRequest"];
            };
        };
        responses: {
            /** @description ticket.edit: adds a pasted list and/or an organization’s members; an unreadable address refuses all (400 with `invalid`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaboratorsResponse"];
                };
            };
        };
    };
    TicketActionsController_removeCollaborator: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                requesterId: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ticket.edit; 404 ticket.collaborator-not-found when the person is not a collaborator. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_due: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DueRequest"];
            };
        };
        responses: {
            /** @description ticket.edit: a due date set by hand, or null for the automatic one (SLA plan or matrix band, from creation). ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_link: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRequest"];
            };
        };
        responses: {
            /** @description ticket.link: the other ticket must be visible; parent_of is kept as the other’s child_of. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_unlink: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the linked ticket’s reference, URL-encoded */
                other: string;
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ticket.link; 404 ticket.link-not-found without such a link. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_lock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description taken or renewed; 409 with lockedBy when another agent holds it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LockResponse"];
                };
            };
        };
    };
    TicketsController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description released (only one’s own lock) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_originalMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the mail a thread entry came from, as received (with the quoted history the entry leaves out); the id is the entry’s data.mail.id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_merge: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            /** @description ticket.merge in both departments; answers the ticket merged into, which now holds the thread and whose reference the old one leads to. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_note: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        /** @description JSON, or multipart/form-data with the same fields and up to 10 files in `files` */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
                "multipart/form-data": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryResponse"];
                };
            };
        };
    };
    TicketActionsController_priority: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorityRequest"];
            };
        };
        responses: {
            /** @description ticket.edit: priorityId, or impact and urgency on matrix instances (the band also sets the due date unless it was set by hand). ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_release: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description clears the agent of the assignment (the team stays): one’s own freely, another’s with ticket.assign. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_reply: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        /** @description JSON, or multipart/form-data with the same fields and up to 10 files in `files` */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRequest"];
                "multipart/form-data": components["schemas"]["MessageRequest"];
            };
        };
        responses: {
            /** @description the response; refused with 409 while another agent holds the lock */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryResponse"];
                };
            };
        };
    };
    TicketActionsController_status: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusRequest"];
            };
        };
        responses: {
            /** @description resolved and closed need ticket.close, other statuses ticket.edit; 409 ticket.invalid-transition or ticket.open-tasks. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_addTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTagsRequest"];
            };
        };
        responses: {
            /** @description ticket.edit: puts tags on the ticket (unknown names join the instance’s list); 400 ticket.invalid-tag, 409 ticket.too-many-tags. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_removeTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
                /** @description the tag’s name, URL-encoded */
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ticket.edit; 404 ticket.tag-not-found when the ticket has no such tag. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_thread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description restricted notes only for members of the ticket’s department */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryResponse"][];
                };
            };
        };
    };
    TicketActionsController_topic: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicRequest"];
            };
        };
        responses: {
            /** @description ticket.edit: an active help topic; the department stays. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketActionsController_transfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag last read; a stale one answers 409 ticket.stale */
                "If-Match"?: string;
            };
            path: {
                /** @description the ticket reference, URL-encoded (suport%23310) */
                reference: unknown;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description ticket.transfer in the current department; the note becomes an internal note. 200 with the ticket while the caller still sees it, 204 when the new department is out of their sight. ETag header: the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_queueCounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the signed-in agent’s queues, departments and statuses, counted as GET tickets lists them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueCountsResponse"];
                };
            };
        };
    };
    ViewsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My views in display order; none at first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewResponse"][];
                };
            };
        };
    };
    ViewsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateViewRequest"];
            };
        };
        responses: {
            /** @description 409 view.name-taken when I already have a view of this name */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewResponse"];
                };
            };
        };
    };
    ViewsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ViewsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the instance */
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateViewRequest"];
            };
        };
        responses: {
            /** @description filters, when given, replace the saved ones whole */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewResponse"];
                };
            };
        };
    };
}
