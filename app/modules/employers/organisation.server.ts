// The organisation's profile and its images.
import type { z } from "zod";
import { db } from "~/db.server";
import { storeImage, type CheckedImage } from "~/modules/files/images.server";
import { photoList } from "~/modules/json-columns";
import { findTown } from "~/modules/places/towns.server";
import type { organisationForm } from "./organisation-form";

/** Saves the organisation profile; new images are stored in the same transaction. Returns false when the town is unknown. */
export async function saveOrganisation(
  employerId: string,
  ownerId: string,
  form: z.output<typeof organisationForm>,
  images: { logo: CheckedImage | null; photo: CheckedImage | null },
): Promise<boolean> {
  const town = findTown(form.town);
  if (!town) return false;
  await db.$transaction(async (tx) => {
    const employer = await tx.employer.findUniqueOrThrow({ where: { id: employerId } });
    const logo = images.logo ? await storeImage(tx, ownerId, images.logo) : null;
    const photo = images.photo ? await storeImage(tx, ownerId, images.photo) : null;
    const photos = photoList(employer.photos);
    if (photo) photos.push({ id: photo.id, path: `/images/${photo.id}`, alt: form.photoAlt || form.name });
    await tx.employer.update({
      where: { id: employerId },
      data: {
        name: form.name,
        sector: form.sector,
        purpose: form.purpose,
        contentLocale: form.contentLocale,
        values: form.values,
        customerExpectations: form.customerExpectations,
        whyExperience: form.whyExperience,
        commitments: JSON.stringify(form.commitment),
        website: form.website || null,
        address: form.address,
        town: town.name,
        postalCode: form.postalCode,
        latitude: town.latitude,
        longitude: town.longitude,
        photos: JSON.stringify(photos.slice(-6)),
        ...(logo ? { logoFileId: logo.id } : {}),
      },
    });
  });
  return true;
}

export async function removePhoto(employerId: string, photoId: string) {
  const employer = await db.employer.findUniqueOrThrow({ where: { id: employerId } });
  const photos = photoList(employer.photos).filter((photo) => photo.id !== photoId);
  await db.employer.update({ where: { id: employerId }, data: { photos: JSON.stringify(photos) } });
}

/** How many organisations have an account (the home page's figure). */
export function countOrganisations() {
  return db.employer.count();
}
