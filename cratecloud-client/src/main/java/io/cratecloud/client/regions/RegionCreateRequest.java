package io.cratecloud.client.regions;

import org.jspecify.annotations.Nullable;

/**
 * A new edge region, for {@link RegionsClient#create(RegionCreateRequest)}. Start with
 * {@link #of(String, String)}.
 *
 * @param organizationId the id of the organization that runs the region
 * @param description the region's display name, at most 512 characters
 * @param provider the kind of region, such as {@code EDGE}
 * @param awsBucket the S3 bucket backups go to, for a region on AWS
 * @param awsRegion the AWS region of that bucket, such as {@code eu-west-1}
 */
public record RegionCreateRequest(String organizationId, String description, @Nullable String provider,
		@Nullable String awsBucket, @Nullable String awsRegion) {

	/**
	 * A new region.
	 * @param organizationId the id of the organization that runs the region
	 * @param description the region's display name
	 * @return the new region
	 */
	public static RegionCreateRequest of(String organizationId, String description) {
		return new RegionCreateRequest(organizationId, description, null, null, null);
	}

	/**
	 * A copy of this new region that names its kind.
	 * @param provider the kind of region, such as {@code EDGE}
	 * @return the copy
	 */
	public RegionCreateRequest withProvider(String provider) {
		return new RegionCreateRequest(this.organizationId, this.description, provider, this.awsBucket, this.awsRegion);
	}

	/**
	 * A copy of this new region that writes backups to an S3 bucket.
	 * @param awsBucket the bucket's name
	 * @param awsRegion the bucket's AWS region, such as {@code eu-west-1}
	 * @return the copy
	 */
	public RegionCreateRequest withAwsBucket(String awsBucket, String awsRegion) {
		return new RegionCreateRequest(this.organizationId, this.description, this.provider, awsBucket, awsRegion);
	}

}
