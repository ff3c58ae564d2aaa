package io.cratecloud.autoconfigure;

/**
 * Response bodies of the CrateDB Cloud API that the Boot-side tests stub.
 */
public final class ApiResponses {

	/**
	 * A {@code CurrentUser} as {@code GET /api/v2/users/me/} returns it.
	 */
	public static final String CURRENT_USER = """
			{
			  "uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11",
			  "email": "ada@example.com",
			  "name": "Ada Lovelace",
			  "username": "ada",
			  "picture": "ada",
			  "idp": "cognito",
			  "status": "active",
			  "is_superuser": false,
			  "hmac": "3f1e9b27c0d4a6e8",
			  "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
			  "organization_roles": [
			    {"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "role_fqn": "org_admin"}
			  ],
			  "project_roles": [
			    {"project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "role_fqn": "project_member"}
			  ]
			}
			""";

	/**
	 * The documented {@code 401} body.
	 */
	public static final String AUTHENTICATION_REQUIRED = """
			{"message": "Authentication required.", "success": false}
			""";

	/**
	 * The documented {@code 500} body.
	 */
	public static final String SERVER_ERROR = """
			{"message": "An error occured.", "success": false}
			""";

	/**
	 * The path of the current user.
	 */
	public static final String USERS_ME = "/api/v2/users/me/";

	private ApiResponses() {
	}

}
