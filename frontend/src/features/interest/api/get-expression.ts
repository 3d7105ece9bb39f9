import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getExpression(expressionOfInterestId: string) {
  const { data } = await apiClient.GET('/api/v1/expressions-of-interest/{expressionOfInterestId}', { params: { path: { expressionOfInterestId } } });
  return data!;
}

export const getExpressionQueryOptions = (id: string) => queryOptions({ queryKey: ['expressions-of-interest', id], queryFn: () => getExpression(id) });

export const useExpression = (id: string) => useQuery(getExpressionQueryOptions(id));
