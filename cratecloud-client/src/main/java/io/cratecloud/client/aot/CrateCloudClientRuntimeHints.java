package io.cratecloud.client.aot;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.auditlogs.AuditUser;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterDeployment;
import io.cratecloud.client.clusters.ClusterFilter;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.clusters.ClusterMetric;
import io.cratecloud.client.clusters.ClusterNameAvailability;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClusterOperationSummary;
import io.cratecloud.client.clusters.ClusterSnapshot;
import io.cratecloud.client.clusters.ClusterSpec;
import io.cratecloud.client.clusters.CrateDbChannels;
import io.cratecloud.client.clusters.CrateDbVersion;
import io.cratecloud.client.clusters.CrateDbVersions;
import io.cratecloud.client.clusters.HardwareSpecs;
import io.cratecloud.client.clusters.IpWhitelistEntry;
import io.cratecloud.client.clusters.NewProject;
import io.cratecloud.client.clusters.NightlyCrateDbVersion;
import io.cratecloud.client.clusters.NodeRestart;
import io.cratecloud.client.clusters.OperationFilter;
import io.cratecloud.client.clusters.OperationStatus;
import io.cratecloud.client.clusters.OperationType;
import io.cratecloud.client.clusters.SnapshotRestore;
import io.cratecloud.client.datajobs.DataJobCompression;
import io.cratecloud.client.datajobs.DataJobFile;
import io.cratecloud.client.datajobs.DataJobFileFeedback;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.DataJobProgress;
import io.cratecloud.client.datajobs.ExportJob;
import io.cratecloud.client.datajobs.ExportJobDestination;
import io.cratecloud.client.datajobs.ExportJobRequest;
import io.cratecloud.client.datajobs.ExportJobSource;
import io.cratecloud.client.datajobs.ImportAzureBlobSource;
import io.cratecloud.client.datajobs.ImportJob;
import io.cratecloud.client.datajobs.ImportJobDestination;
import io.cratecloud.client.datajobs.ImportJobProgress;
import io.cratecloud.client.datajobs.ImportJobRequest;
import io.cratecloud.client.datajobs.ImportJobType;
import io.cratecloud.client.datajobs.ImportS3Source;
import io.cratecloud.client.datajobs.ImportTableColumn;
import io.cratecloud.client.datajobs.ImportUrlSource;
import io.cratecloud.client.http.ApiResponse;
import io.cratecloud.client.metadata.ApiVersion;
import io.cratecloud.client.metadata.CloudMetadata;
import io.cratecloud.client.metadata.IpAddress;
import io.cratecloud.client.metadata.JsonWebKeySet;
import io.cratecloud.client.metadata.LatestCrateDbVersions;
import io.cratecloud.client.organizations.AwsSecret;
import io.cratecloud.client.organizations.AzureSecret;
import io.cratecloud.client.organizations.Consumption;
import io.cratecloud.client.organizations.CurrentMonthConsumption;
import io.cratecloud.client.organizations.Customer;
import io.cratecloud.client.organizations.CustomerAddress;
import io.cratecloud.client.organizations.CustomerCard;
import io.cratecloud.client.organizations.CustomerEdit;
import io.cratecloud.client.organizations.CustomerTax;
import io.cratecloud.client.organizations.EstimatedCost;
import io.cratecloud.client.organizations.FileStatus;
import io.cratecloud.client.organizations.InvitationStatus;
import io.cratecloud.client.organizations.MongoDbSecret;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationCreate;
import io.cratecloud.client.organizations.OrganizationEdit;
import io.cratecloud.client.organizations.OrganizationFile;
import io.cratecloud.client.organizations.OrganizationInvitation;
import io.cratecloud.client.organizations.PaymentMethod;
import io.cratecloud.client.organizations.ProductConsumption;
import io.cratecloud.client.organizations.Quota;
import io.cratecloud.client.organizations.RemainingBudget;
import io.cratecloud.client.organizations.Secret;
import io.cratecloud.client.organizations.SecretCreate;
import io.cratecloud.client.organizations.SecretType;
import io.cratecloud.client.organizations.StorageConsumption;
import io.cratecloud.client.products.ClusterPricing;
import io.cratecloud.client.products.PriceQuery;
import io.cratecloud.client.products.PricingPromotion;
import io.cratecloud.client.products.Product;
import io.cratecloud.client.products.ProductFilter;
import io.cratecloud.client.products.ProductGuarantee;
import io.cratecloud.client.products.ProductPricing;
import io.cratecloud.client.products.ProductSpecs;
import io.cratecloud.client.products.ScaleOption;
import io.cratecloud.client.projects.BackupLocationCreate;
import io.cratecloud.client.projects.BackupLocationType;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.projects.ProjectBackupLocation;
import io.cratecloud.client.projects.ProjectCreate;
import io.cratecloud.client.regions.BackupLocationVerification;
import io.cratecloud.client.regions.InstallToken;
import io.cratecloud.client.regions.Region;
import io.cratecloud.client.regions.RegionCreate;
import io.cratecloud.client.regions.RegionStatus;
import io.cratecloud.client.roles.Role;
import io.cratecloud.client.subscriptions.Subscription;
import io.cratecloud.client.subscriptions.SubscriptionProvider;
import io.cratecloud.client.subscriptions.SubscriptionType;
import io.cratecloud.client.users.ApiKey;
import io.cratecloud.client.users.CurrentUser;
import io.cratecloud.client.users.EmailChange;
import io.cratecloud.client.users.OrganizationMembership;
import io.cratecloud.client.users.OrganizationRole;
import io.cratecloud.client.users.OrganizationUser;
import io.cratecloud.client.users.ProjectMembership;
import io.cratecloud.client.users.ProjectRole;
import io.cratecloud.client.users.ProjectUser;
import io.cratecloud.client.users.RoleFqn;
import io.cratecloud.client.users.User;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} that lets the CrateDB Cloud client run in a GraalVM native
 * image: binding reflection for every record and enum of the {@code io.cratecloud.client}
 * packages, and the resource the client reads its version from.
 * <p>
 * The client's Jackson mapper creates and reads its request and response bodies through
 * their canonical constructors (some marked {@code @JsonCreator}), record accessors and
 * {@code @JsonValue} methods, all by reflection, which a native image only allows on
 * types registered for it. Covering every record and enum, not only those
 * known to be bound, keeps the rule simple enough for a test to enforce, and the few
 * value objects that are never bound cost next to nothing.
 * <p>
 * The types are listed rather than found by scanning the class path at build time, so that
 * the hints cannot silently come out empty for a jar packed without directory entries;
 * {@code CrateCloudClientRuntimeHintsTests} scans the packages instead and fails when a
 * record or enum is left without hints. Registered in {@code META-INF/spring/aot.factories},
 * which Spring Framework's AOT engine reads with or without Spring Boot.
 */
class CrateCloudClientRuntimeHints implements RuntimeHintsRegistrar {

	private static final String VERSION_RESOURCE = "io/cratecloud/client/version.properties";

	private static final List<Class<?>> PUBLIC_TYPES = List.of(
			ApiCall.class, DublinCore.class, RetrySettings.class,
			AuditEvent.class, AuditLogQuery.class, AuditUser.class,
			Cluster.class, ClusterDeployment.class, ClusterFilter.class, ClusterHealth.class, ClusterHealthStatus.class,
			ClusterJwt.class, ClusterMetric.class, ClusterNameAvailability.class, ClusterOperation.class,
			ClusterOperationSummary.class, ClusterSnapshot.class, ClusterSpec.class, CrateDbChannels.class,
			CrateDbVersion.class, CrateDbVersions.class, HardwareSpecs.class, IpWhitelistEntry.class, NewProject.class,
			NightlyCrateDbVersion.class, NodeRestart.class, OperationFilter.class, OperationStatus.class,
			OperationType.class, SnapshotRestore.class,
			DataJobCompression.class, DataJobFile.class, DataJobFileFeedback.class, DataJobFormat.class,
			DataJobProgress.class, ExportJob.class, ExportJobDestination.class, ExportJobRequest.class,
			ExportJobSource.class, ImportAzureBlobSource.class, ImportJob.class, ImportJobDestination.class,
			ImportJobProgress.class, ImportJobRequest.class, ImportJobType.class, ImportS3Source.class,
			ImportTableColumn.class, ImportUrlSource.class,
			ApiResponse.class,
			ApiVersion.class, CloudMetadata.class, IpAddress.class, JsonWebKeySet.class, LatestCrateDbVersions.class,
			AwsSecret.class, AzureSecret.class, Consumption.class, CurrentMonthConsumption.class, Customer.class,
			CustomerAddress.class, CustomerCard.class, CustomerEdit.class, CustomerTax.class, EstimatedCost.class,
			FileStatus.class, InvitationStatus.class, MongoDbSecret.class, Organization.class, OrganizationCreate.class,
			OrganizationEdit.class, OrganizationFile.class, OrganizationInvitation.class, PaymentMethod.class,
			ProductConsumption.class, Quota.class, RemainingBudget.class, Secret.class, SecretCreate.class,
			SecretCreate.Data.class, SecretType.class, StorageConsumption.class,
			ClusterPricing.class, PriceQuery.class, PricingPromotion.class, Product.class, ProductFilter.class,
			ProductGuarantee.class, ProductPricing.class, ProductSpecs.class, ScaleOption.class,
			BackupLocationCreate.class, BackupLocationType.class, Project.class, ProjectBackupLocation.class,
			ProjectCreate.class,
			BackupLocationVerification.class, InstallToken.class, Region.class, RegionCreate.class, RegionStatus.class,
			Role.class,
			Subscription.class, SubscriptionProvider.class, SubscriptionType.class,
			ApiKey.class, CurrentUser.class, EmailChange.class, OrganizationMembership.class, OrganizationRole.class,
			OrganizationUser.class, ProjectMembership.class, ProjectRole.class, ProjectUser.class, RoleFqn.class,
			User.class);

	// Request bodies and helpers that the client keeps to their own packages: named, as
	// they cannot be referenced from here.
	private static final List<String> NON_PUBLIC_TYPES = List.of(
			"io.cratecloud.client.clusters.ClusterOperationList",
			"io.cratecloud.client.clusters.ClusterRequests$BackupSchedule",
			"io.cratecloud.client.clusters.ClusterRequests$DeletionProtection",
			"io.cratecloud.client.clusters.ClusterRequests$IpRestrictions",
			"io.cratecloud.client.clusters.ClusterRequests$PasswordChange",
			"io.cratecloud.client.clusters.ClusterRequests$ProductChange",
			"io.cratecloud.client.clusters.ClusterRequests$Scale",
			"io.cratecloud.client.clusters.ClusterRequests$StorageExpansion",
			"io.cratecloud.client.clusters.ClusterRequests$SubscriptionTransfer",
			"io.cratecloud.client.clusters.ClusterRequests$Suspend",
			"io.cratecloud.client.clusters.ClusterRequests$Upgrade",
			"io.cratecloud.client.datajobs.DataJobsClient$JobPath",
			"io.cratecloud.client.http.ErrorResponses$ErrorBody",
			"io.cratecloud.client.http.ResponseReader$Received",
			"io.cratecloud.client.metadata.JwtRefresh",
			"io.cratecloud.client.organizations.FileUpload",
			"io.cratecloud.client.projects.ProjectEdit",
			"io.cratecloud.client.subscriptions.OrganizationAssignment",
			"io.cratecloud.client.subscriptions.SubscriptionCreate",
			"io.cratecloud.client.users.ApiKeyEdit",
			"io.cratecloud.client.users.ConfirmationToken",
			"io.cratecloud.client.users.EmailEdit",
			"io.cratecloud.client.users.RoleAssignment");

	private final BindingReflectionHintsRegistrar bindingHints = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		List<Type> types = new ArrayList<>(PUBLIC_TYPES);
		for (String name : NON_PUBLIC_TYPES) {
			types.add(ClassUtils.resolveClassName(name, classLoader));
		}
		this.bindingHints.registerReflectionHints(hints.reflection(), types.toArray(Type[]::new));
		hints.resources().registerPattern(VERSION_RESOURCE);
	}

}
