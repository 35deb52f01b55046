<fmt:message key="opname.title" var="title"/>
<t:layout title="${title}" active="stok">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/stok/penyesuaian'/>"><fmt:message key="adjustment.title"/></a></div>
</div>
<form class="card form-inline" method="post" action="<c:url value='/stok/opname/mulai'/>" id="start-count">
    <t:csrf/>
    <h2><fmt:message key="opname.start"/></h2>
    <div class="field-row">
        <div class="field">
            <label for="f-categoryId"><fmt:message key="product.category"/></label>
            <select id="f-categoryId" name="categoryId">
                <option value=""><fmt:message key="opname.allCategories"/></option>
                <c:forEach items="${categories}" var="cat"><option value="<c:out value='${cat.id}'/>"><c:out value="${cat.name}"/></option></c:forEach>
            </select>
        </div>
        <div class="field">
            <label for="f-note"><fmt:message key="opname.note"/></label>
            <input id="f-note" name="note" maxlength="255">
        </div>
    </div>
    <button type="submit" class="btn btn-primary"><fmt:message key="opname.start"/></button>
    <p class="hint muted"><fmt:message key="opname.howSales"/></p>
</form>
<h2 class="section-title"><fmt:message key="opname.recent"/></h2>
<div class="table-wrap">
<table class="data" id="counts">
    <thead><tr>
        <th><fmt:message key="opname.reference"/></th>
        <th><fmt:message key="product.category"/></th>
        <th><fmt:message key="opname.startedAt"/></th>
        <th><fmt:message key="opname.startedBy"/></th>
        <th class="num"><fmt:message key="opname.countedProducts"/></th>
        <th><fmt:message key="opname.status"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${counts}" var="c">
        <tr>
            <td class="name"><a href="<c:url value='/stok/opname/hitung'><c:param name='id' value='${c.id()}'/></c:url>"><c:out value="${c.reference()}"/></a></td>
            <td><c:out value="${empty c.category() ? '' : c.category()}"/><c:if test="${empty c.category()}"><fmt:message key="opname.allCategories"/></c:if></td>
            <td class="nowrap"><c:out value="${cermin:dateTime(c.startedAt())}"/></td>
            <td><c:out value="${c.startedBy()}"/></td>
            <td class="num"><c:out value="${c.counted()}"/></td>
            <td><span class="badge ${c.status() == 'OPEN' ? 'badge-warn' : (c.status() == 'CONFIRMED' ? 'badge-ok' : 'badge-muted')}"><fmt:message key="opname.status.${c.status()}"/></span></td>
        </tr>
    </c:forEach>
    <c:if test="${empty counts}"><tr><td colspan="6" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
</t:layout>
